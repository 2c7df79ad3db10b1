/**
 * Fluent Bit configs, classic (`[INPUT]`/`[FILTER]`/`[OUTPUT]` sections, fluent/fluent-bit
 * conf/fluent-bit.conf) or YAML (`pipeline: { inputs, filters, outputs }`, conf/fluent-bit.yaml).
 * A log pipeline is an output whose `Match` selects some input's `Tag`. Fluent Bit states no
 * retention in days (logrotate keeps a number of files, not days) and does not say which fields
 * the application writes; a filter that adds a model-version key (record_modifier `Record`,
 * modify `Add`/`Set`) shows that one, and every Fluent Bit record carries a timestamp.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { ClassicConfig } from './fluent-bit-conf.js';
import { isModelVersionKey, type DestinationKind, type LoggingConfig } from './types.js';

const SCHEMA = 'fluent-bit-config.schema.json';

/** Outputs that keep nothing: they print, count or drop. */
const NOWHERE = new Set(['stdout', 'null', 'counter', 'flowcounter', 'exit']);
const LOCAL = new Set(['file', 'logrotate']);

interface Plugin {
  kind: 'input' | 'filter' | 'output';
  /** Lower-cased key → values in order, each with its path in the document. */
  props: Map<string, Array<{ value: string; path: PathSegment[] }>>;
  path: PathSegment[];
}

const first = (plugin: Plugin, key: string) => plugin.props.get(key)?.[0];

/** Fluent Bit's tag pattern: `*` matches any run of characters. */
function tagMatches(pattern: string, tag: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === tag;
  let from = 0;
  for (const [index, part] of parts.entries()) {
    if (index === 0) {
      if (!tag.startsWith(part)) return false;
      from = part.length;
    } else if (index === parts.length - 1) {
      return tag.length - part.length >= from && tag.endsWith(part);
    } else {
      const found = tag.indexOf(part, from);
      if (found < 0) return false;
      from = found + part.length;
    }
  }
  return true;
}

function classicPlugins(value: ClassicConfig): Plugin[] {
  const plugins: Plugin[] = [];
  value.sections.forEach((section, index) => {
    const kind = ({ INPUT: 'input', FILTER: 'filter', OUTPUT: 'output' } as const)[section.name as 'INPUT'];
    if (!kind) return;
    const props: Plugin['props'] = new Map();
    section.entries.forEach((entry, e) => {
      const key = entry.key.toLowerCase();
      props.set(key, [...(props.get(key) ?? []), { value: entry.value, path: ['sections', index, 'entries', e] }]);
    });
    plugins.push({ kind, props, path: ['sections', index] });
  });
  return plugins;
}

function yamlPlugins(value: Record<string, unknown>): Plugin[] {
  const pipeline = value.pipeline as Record<string, unknown>;
  const plugins: Plugin[] = [];
  for (const [list, kind] of [['inputs', 'input'], ['filters', 'filter'], ['outputs', 'output']] as const) {
    const items = Array.isArray(pipeline[list]) ? (pipeline[list] as unknown[]) : [];
    items.forEach((item, index) => {
      if (!isRecord(item)) return;
      const props: Plugin['props'] = new Map();
      for (const [key, raw] of Object.entries(item)) {
        const values = Array.isArray(raw) ? raw : [raw];
        props.set(
          key.toLowerCase(),
          values.map((v, i) => ({ value: typeof v === 'string' ? v : JSON.stringify(v) ?? '', path: ['pipeline', list, index, key, ...(Array.isArray(raw) ? [i] : [])] })),
        );
      }
      plugins.push({ kind, props, path: ['pipeline', list, index] });
    });
  }
  return plugins;
}

export const fluentBitConfig: Adapter<LoggingConfig> = {
  format: 'fluent-bit',
  schema: SCHEMA,
  detect: (value) => (isRecord(value) && value.fluentBitClassic === true) || (isRecord(value) && isRecord(value.pipeline) && (Array.isArray(value.pipeline.inputs) || Array.isArray(value.pipeline.outputs))),
  normalise(doc: SourceDoc) {
    const classic = isRecord(doc.value) && doc.value.fluentBitClassic === true;
    if (!classic) {
      const problem = schemaProblem(SCHEMA, doc, 'Fluent Bit config');
      if (problem) return { ok: false, problem };
    }
    const plugins = classic ? classicPlugins(doc.value as unknown as ClassicConfig) : yamlPlugins(doc.value as Record<string, unknown>);
    const config: LoggingConfig = { format: 'fluent-bit', file: doc.file, pipelines: [], recorded: [], cannotShow: ['retention', 'input', 'output', 'operator-action'], problems: [] };
    const inputs = plugins.filter((p) => p.kind === 'input');
    const tags = [...new Set(inputs.map((input, index) => first(input, 'tag')?.value ?? `${first(input, 'name')?.value ?? 'input'}.${index}`))];
    // Matching every output against every tag is quadratic: a file of many thousand sections
    // stops being checked for routing (it is taken as routed) past a bounded number of comparisons.
    let budget = 1_000_000;
    const routedTo = new Map<string, boolean>();
    const matchesSome = (pattern: string) => {
      let found = routedTo.get(pattern);
      if (found === undefined) {
        if (budget < tags.length) return true;
        budget -= tags.length;
        found = tags.some((tag) => tagMatches(pattern, tag));
        routedTo.set(pattern, found);
      }
      return found;
    };
    for (const plugin of plugins) {
      const name = first(plugin, 'name');
      if (!name) {
        config.problems.push({ message: `${doc.file}: a Fluent Bit ${plugin.kind} has no Name`, at: at(doc, plugin.path) });
        continue;
      }
      if (plugin.kind !== 'output') continue;
      const match = first(plugin, 'match');
      const matchRegex = first(plugin, 'match_regex');
      // A Match_Regex is not evaluated here (a pack-independent regex from a repository); it is taken to match.
      const routed = matchRegex !== undefined || (match !== undefined && matchesSome(match.value));
      if (!routed) {
        config.problems.push({
          message: `${doc.file}: the ${name.value} output ${match ? `matches no input's tag (Match ${match.value})` : 'has no Match, so Fluent Bit routes nothing to it'}`,
          at: at(doc, (match ?? name).path),
        });
        continue;
      }
      const type = name.value.toLowerCase();
      const kind: DestinationKind = NOWHERE.has(type) ? 'none' : LOCAL.has(type) ? 'file' : 'remote';
      config.pipelines.push({ name: name.value, at: at(doc, plugin.path), destinations: [{ name: name.value, kind, at: at(doc, name.path) }] });
    }
    if (inputs.length > 0) config.recorded.push({ category: 'timestamp', source: 'every Fluent Bit record carries its event time', at: at(doc, (inputs[0] as Plugin).path) });
    // A filter that adds a model-version key to every record (record_modifier `Record k v`, modify `Add|Set k v`).
    for (const filter of plugins.filter((p) => p.kind === 'filter')) {
      for (const key of ['record', 'add', 'set']) {
        for (const entry of filter.props.get(key) ?? []) {
          const field = entry.value.split(/\s+/)[0] ?? '';
          if (isModelVersionKey(field)) config.recorded.push({ category: 'model-version', source: `filter ${first(filter, 'name')?.value ?? ''} sets ${field}`, at: at(doc, entry.path) });
        }
      }
    }
    if (!config.recorded.some((r) => r.category === 'model-version')) config.cannotShow.push('model-version');
    return { ok: true, value: config };
  },
};
