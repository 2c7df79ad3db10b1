/**
 * Every kind of evidence modelgate reads. A kind is its folder, src/evidence/<id>/ (normalised
 * type, adapters, check functions, kind.ts, docs.md), plus its line here: the store, the
 * misfiled-file hint, the check-function index and the docs section all read this list.
 * The order matters once: a file that several kinds' adapters would recognise is described as
 * the first ("it looks like a fairlearn bias report").
 */
import { bias } from './bias/kind.js';
import { dataQuality } from './data-quality/kind.js';
import { energy } from './energy/kind.js';
import { incidents } from './incidents/kind.js';
import type { EvidenceKind } from './kind.js';
import { logging } from './logging/kind.js';
import { mlBom } from './ml-bom/kind.js';
import { monitoringRun } from './monitoring-run/kind.js';
import { monitoring } from './monitoring/kind.js';
import { robustness } from './robustness/kind.js';
import { securityScan } from './security-scan/kind.js';

export const EVIDENCE_KINDS: ReadonlyArray<EvidenceKind> = [bias, monitoring, monitoringRun, incidents, securityScan, robustness, mlBom, logging, energy, dataQuality];
