/**
 * How a cited red-team or robustness result is read: by one of these adapters (the first to
 * recognise the file). garak's `*.report.jsonl` is read by the JSON Lines reader.
 */
import { parseJsonLines } from '../../load/json-lines.js';
import type { EvidenceFormats } from '../adapter.js';
import { garakReport } from './garak.js';
import { giskardScan } from './giskard.js';
import { modelgateResults } from './modelgate.js';
import { promptfooOutput } from './promptfoo.js';
import type { RobustnessResults } from './types.js';

export const robustnessResults: EvidenceFormats<RobustnessResults> = {
  id: 'robustness',
  what: 'red-team or robustness result',
  adapters: [modelgateResults, garakReport, promptfooOutput, giskardScan],
  parse: (file, text) => (file.toLowerCase().endsWith('.jsonl') ? parseJsonLines(text, file) : undefined),
  extensions: ['jsonl'],
};
