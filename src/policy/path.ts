/**
 * The `given` and `field` path language of rules: a small JSONPath subset over the system
 * document `{ manifest, card }`.
 *
 *   $.manifest.data.datasets[*]     every dataset
 *   $.manifest.oversight            the oversight block
 *   $.card                          the model card
 *   personalData.present            (a field, relative to each target)
 *
 * Steps are `.name`, `['name']`, `[0]`, `[*]` and `.*`. Nothing else: no filters, no recursion,
 * so a policy cannot make evaluation slow.
 */
import type { PathSegment } from '../types.js';

export const WILDCARD = Symbol('*');
export type Step = PathSegment | typeof WILDCARD;

export interface Target {
  value: unknown;
  path: PathSegment[];
}

const NAME = /^[A-Z_$][\w$-]*/i;

/** Parses a `given` expression (must start with `$`). Throws a plain Error on bad syntax. */
export function parseGiven(expression: string): Step[] {
  if (!expression.startsWith('$')) throw new Error(`"${expression}" must start with "$"`);
  return parseSteps(expression.slice(1), expression, true);
}

/** Parses a `field` expression, relative to each target. */
export function parseField(expression: string): Step[] {
  const steps = parseSteps(expression, expression, false);
  if (steps.includes(WILDCARD)) throw new Error(`field "${expression}" cannot contain a wildcard`);
  return steps;
}

function parseSteps(rest: string, whole: string, leadingDot: boolean): Step[] {
  const steps: Step[] = [];
  let text = rest;
  let first = !leadingDot;
  while (text.length > 0) {
    let match: RegExpMatchArray | null;
    if (first && (match = text.match(NAME))) {
      steps.push(match[0]);
    } else if ((match = text.match(/^\.\*/))) {
      steps.push(WILDCARD);
    } else if ((match = text.match(/^\.([A-Z_$][\w$-]*)/i))) {
      steps.push(match[1] as string);
    } else if ((match = text.match(/^\[\*\]/))) {
      steps.push(WILDCARD);
    } else if ((match = text.match(/^\[(\d+)\]/))) {
      steps.push(Number(match[1]));
    } else if ((match = text.match(/^\['([^']*)'\]/) ?? text.match(/^\["([^"]*)"\]/))) {
      steps.push(match[1] as string);
    } else {
      throw new Error(`cannot read "${whole}" at "${text}"; use .name, ['name'], [0] or [*]`);
    }
    text = text.slice(match[0].length);
    first = false;
  }
  return steps;
}

/** Every value the steps reach from `root`, with its concrete path, in document order. */
export function select(root: unknown, steps: readonly Step[], base: PathSegment[] = []): Target[] {
  const found: Target[] = [];
  reach(root, steps, 0, [...base], found);
  return found;
}

/**
 * Adds to `found` what steps[from..] reach from `value`, whose path is `path`. One path array is
 * extended and cut back as the walk goes, and copied only for a value reached: a rule selects on
 * every system, and a copy of the path at each step was most of the engine's garbage.
 */
function reach(value: unknown, steps: readonly Step[], from: number, path: PathSegment[], found: Target[]): void {
  const depth = path.length;
  let node = value;
  for (let i = from; i < steps.length; i++) {
    if (node === null || typeof node !== 'object') {
      path.length = depth;
      return;
    }
    const step = steps[i] as Step;
    if (step === WILDCARD) {
      if (Array.isArray(node)) {
        for (let index = 0; index < node.length; index++) {
          path.push(index);
          reach(node[index], steps, i + 1, path, found);
          path.pop();
        }
      } else {
        for (const key of Object.keys(node)) {
          path.push(key);
          reach((node as Record<string, unknown>)[key], steps, i + 1, path, found);
          path.pop();
        }
      }
      path.length = depth;
      return;
    }
    if (Array.isArray(node) ? !(typeof step === 'number' && step < node.length) : !Object.prototype.hasOwnProperty.call(node, step)) {
      path.length = depth;
      return;
    }
    node = (node as Record<PathSegment, unknown>)[step];
    path.push(step);
  }
  found.push({ value: node, path: path.slice() });
  path.length = depth;
}

