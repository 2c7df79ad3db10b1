/** The serious-incident log (EU AI Act Art. 73), cited by `monitoring.incidents`. */
import { citeAt } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { incidentDeadlines, incidentLogKept, incidentLogReadable } from './checks.js';
import { incidentLogs } from './formats.js';
import type { IncidentLog } from './types.js';

export const incidents: EvidenceKind<IncidentLog> = {
  ...incidentLogs,
  citedBy: ['monitoring.incidents'],
  checks: [incidentLogReadable, incidentDeadlines, incidentLogKept],
  docs: {
    heading: 'Serious-incident log (`monitoring.incidents`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'modelgate',
        what: 'our own log, YAML or JSON',
        reads: 'each incident: when the provider became aware (`detected`), its `classification`, when and to whom it was `reported`, its `status`',
      },
    ],
  },
  init: {
    // A system keeps one incident log: the first found.
    cite(manifest, [first]) {
      if (first) citeAt(manifest, ['monitoring', 'incidents'], first.file);
    },
  },
};
