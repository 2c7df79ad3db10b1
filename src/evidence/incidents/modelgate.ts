/** Our own serious-incident log (`schemas/incident-log.schema.json`), YAML or JSON. */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { IncidentClass, IncidentLog } from './types.js';

const SCHEMA = 'incident-log.schema.json';

interface RawIncident {
  id: string;
  detected: string;
  classification: IncidentClass;
  summary?: string;
  reported?: { date: string; authority: string; reference?: string };
  status: string;
}

export const modelgateIncidentLog: Adapter<IncidentLog> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && value.schema === 'modelgate/incident-log@1',
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'serious-incident log');
    if (problem) return { ok: false, problem };
    const raw = doc.value as { system?: string; incidents: RawIncident[] };
    const log: IncidentLog = {
      format: 'modelgate',
      file: doc.file,
      incidents: raw.incidents.map((incident, index) => ({
        id: incident.id,
        at: at(doc, ['incidents', index, 'id']),
        detected: { value: incident.detected, at: at(doc, ['incidents', index, 'detected']) },
        classification: incident.classification,
        ...(typeof incident.summary === 'string' ? { summary: { value: incident.summary, at: at(doc, ['incidents', index, 'summary']) } } : {}),
        ...(incident.reported
          ? {
              reported: {
                date: { value: incident.reported.date, at: at(doc, ['incidents', index, 'reported', 'date']) },
                authority: incident.reported.authority,
                ...(typeof incident.reported.reference === 'string' ? { reference: incident.reported.reference } : {}),
              },
            }
          : {}),
        status: incident.status,
      })),
    };
    if (typeof raw.system === 'string') log.system = { value: raw.system, at: at(doc, ['system']) };
    return { ok: true, value: log };
  },
};
