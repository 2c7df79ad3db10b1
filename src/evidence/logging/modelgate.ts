/** Our own logging declaration (`schemas/logging-config.schema.json`): the events, their fields and what each records, the store and the retention. */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { LogCategory, LoggingConfig } from './types.js';

const SCHEMA = 'logging-config.schema.json';

interface RawLogging {
  enabled: boolean;
  store?: { type: 'file' | 'remote' | 'none'; location?: string };
  retentionDays?: number;
  events: Array<{ name: string; fields: Array<{ name: string; records?: string }> }>;
}

/** A field's `records` as the category it counts for (a reference to the input counts as the input). */
const CATEGORY: Record<string, LogCategory> = {
  timestamp: 'timestamp',
  input: 'input',
  'input-reference': 'input',
  output: 'output',
  'output-reference': 'output',
  'model-version': 'model-version',
  'operator-action': 'operator-action',
};

export const modelgateLogging: Adapter<LoggingConfig> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && value.schema === 'modelgate/logging@1',
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'logging declaration');
    if (problem) return { ok: false, problem };
    const raw = doc.value as RawLogging;
    const config: LoggingConfig = {
      format: 'modelgate',
      file: doc.file,
      pipelines: [],
      recorded: [],
      enabled: { value: raw.enabled, at: at(doc, ['enabled']) },
      events: raw.events.map((event, index) => ({ value: event.name, at: at(doc, ['events', index, 'name']) })),
      cannotShow: [],
      problems: [],
      volumeBound: [],
    };
    if (raw.store) {
      config.pipelines.push({
        name: 'events',
        at: at(doc, ['store']),
        destinations: [{ name: raw.store.location ?? raw.store.type, kind: raw.store.type, at: at(doc, ['store', 'type']) }],
      });
    }
    if (raw.retentionDays !== undefined) config.retention = { value: raw.retentionDays, at: at(doc, ['retentionDays']), source: 'retentionDays' };
    else config.cannotShow.push('retention');
    raw.events.forEach((event, e) =>
      event.fields.forEach((field, f) => {
        const category = field.records ? CATEGORY[field.records] : undefined;
        if (category) config.recorded.push({ category, source: `${event.name}.${field.name}`, at: at(doc, ['events', e, 'fields', f, 'records']) });
      }),
    );
    return { ok: true, value: config };
  },
};
