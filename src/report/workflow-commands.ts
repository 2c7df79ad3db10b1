/**
 * The annotations reporter for when no check run can carry them (no token, a fork's read-only
 * token, any failure, or check-run: false): workflow-command annotations, as many as GitHub
 * shows per step (annotations.ts plans which), then one notice counting the rest. The caller's
 * `emit` writes each command (@actions/core encodes what a command needs).
 */
import { ANNOTATION_CAPS, planAnnotations } from './annotations.js';
import type { Finding, Severity } from '../types.js';

/** A workflow command's annotation properties (the shape @actions/core takes). */
export interface CommandProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export type EmitAnnotation = (level: Severity, message: string, properties: CommandProperties) => void;

/** Emits the annotations; how many findings they show (an annotation may show several). */
export function reportWorkflowCommands(
  findings: readonly Finding[],
  emit: EmitAnnotation,
  /** Warnings the step has shown already: GitHub counts them against the same cap, so they keep their slots. */
  options: { warningsShown: number },
): number {
  const plan = planAnnotations(findings, { ...ANNOTATION_CAPS, warning: Math.max(0, ANNOTATION_CAPS.warning - options.warningsShown) });
  for (const annotation of plan.annotations) {
    const { level, message, ...properties } = annotation;
    emit(level, message, properties);
  }
  if (plan.overflowNotice) emit('notice', plan.overflowNotice, {});
  return plan.shown;
}
