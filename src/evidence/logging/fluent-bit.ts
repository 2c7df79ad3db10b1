/**
 * Fluent Bit configs, classic (`[INPUT]`/`[FILTER]`/`[OUTPUT]` sections, fluent/fluent-bit
 * conf/fluent-bit.conf) or YAML (`pipeline: { inputs, filters, outputs }`, conf/fluent-bit.yaml).
 * A log pipeline is an output whose `Match` (or `Match_Regex`, tag-regex.ts) selects some input's
 * `Tag`. `${NAME}` is replaced with what the config sets NAME to (`@SET`, `env:`); any other is
 * the deployment's to decide, and does not count. The files either form includes are read in
 * by the store (fluent-bit-conf.ts, fluent-bit-yaml.ts).
 * Fluent Bit states no
 * retention in days (logrotate keeps a number of files, not days: volumeBound) and does not say which fields
 * the application writes; a filter that adds a model-version key (record_modifier `Record`,
 * modify `Add`/`Set`) shows that one, and every Fluent Bit record carries a timestamp.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { trimSpace, type ClassicConfig } from './fluent-bit-conf.js';
import { asciiLower, envEntries, firstYamlAlias, shown, yamlSectionRefusal } from './fluent-bit-yaml.js';
import { compileTagRegex } from './tag-regex.js';
import { discardingDevice, isModelVersionKey, type DestinationKind, type LoggingConfig } from './types.js';
import { lowerBound } from '../../text/sorted.js';

const SCHEMA = 'fluent-bit-config.schema.json';

/** Outputs that keep nothing: they print, count or drop. */
const NOWHERE = new Set(['stdout', 'null', 'counter', 'flowcounter', 'exit']);
const LOCAL = new Set(['file', 'logrotate']);

/** A value as written, with its path in the document. */
interface Entry {
  value: string;
  path: PathSegment[];
}

interface Plugin {
  kind: 'input' | 'filter' | 'output';
  /** Lower-cased key → values in order, each with its path in the document. */
  props: Map<string, Entry[]>;
  path: PathSegment[];
}

/**
 * A key set more than once, as Fluent Bit reads it: `Name` is looked up (the first one counts),
 * while every other key is applied in turn, each overwriting the one before (the last counts:
 * a second `Match` or `Tag` replaces the first).
 */
const first = (plugin: Plugin, key: string) => plugin.props.get(key)?.[0];
const last = (plugin: Plugin, key: string) => plugin.props.get(key)?.at(-1);

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

/**
 * Work allowed for one config's routing before it is no longer checked: characters of tags
 * scanned by wildcard comparisons, or characters times automaton states for Match_Regex.
 */
export const ROUTING_BUDGET = 20_000_000;

type Routed = boolean | 'unchecked' | { refused: string };

/**
 * Whether a Match pattern selects some input tag: exact patterns by lookup, `prefix*` by a binary
 * search of the sorted tags, any other wildcard by comparing every tag; a Match_Regex by running
 * it (tag-regex.ts, no backtracking) over every tag. All within ROUTING_BUDGET for the whole
 * config; past it the answer is 'unchecked', which does not count as routed (a config padded
 * with inputs must not make an unrouted output pass).
 */
function tagRouter(tags: string[]): { match(pattern: string): Routed; regex(pattern: string): Routed } {
  const exact = new Set(tags);
  const sorted = [...tags].sort();
  const cost = tags.reduce((sum, tag) => sum + tag.length + 1, 0);
  let budget = ROUTING_BUDGET;
  const cache = new Map<string, Routed>();
  const hasPrefix = (prefix: string) => {
    const low = lowerBound(sorted, prefix);
    return low < sorted.length && (sorted[low] as string).startsWith(prefix);
  };
  return {
    match(pattern) {
      const star = pattern.indexOf('*');
      if (star < 0) return exact.has(pattern);
      if (star === pattern.length - 1) return hasPrefix(pattern.slice(0, -1));
      let found = cache.get(`*${pattern}`);
      if (found === undefined) {
        if (budget < cost) found = 'unchecked';
        else {
          budget -= cost;
          found = tags.some((tag) => tagMatches(pattern, tag));
        }
        cache.set(`*${pattern}`, found);
      }
      return found;
    },
    regex(pattern) {
      let found = cache.get(`/${pattern}`);
      if (found === undefined) {
        const compiled = compileTagRegex(pattern);
        if (!compiled.ok) found = { refused: compiled.why };
        else if (budget < cost * compiled.size) found = 'unchecked';
        else {
          budget -= cost * compiled.size;
          found = tags.some((tag) => compiled.test(tag));
        }
        cache.set(`/${pattern}`, found);
      }
      return found;
    },
  };
}

/**
 * What Fluent Bit's logrotate output keeps: it rotates its file at Max_Size and then deletes the
 * oldest rotated files past Max_Files, always (0 keeps none); there is no age setting
 * (fluent/fluent-bit plugins/out_logrotate/logrotate.c: max_size 100000000 and max_files 7 by
 * default, cleanup_old_files). So it keeps the current file and Max_Files rotated ones, at most
 * Max_Size each (before gzip), for a time the config does not state. Max_Files is read as atoi
 * reads it; one below 0, or with a `${…}`, is a count the config does not state.
 */
function logrotateBound(plugin: Plugin): { keeps: string; source: string; path: PathSegment[] } {
  const size = last(plugin, 'max_size');
  const count = last(plugin, 'max_files');
  const max = count && !count.value.includes('${') ? /^\s*([+-]?\d+)/.exec(count.value) : undefined;
  // atoi: no digits is 0; past 9 digits it overflows, to a count no one can tell.
  const kept = !count ? 7 : max ? ((max[1] as string).replace(/^[+-]/, '').length > 9 ? undefined : Number(max[1])) : count.value.includes('${') ? undefined : 0;
  const files = kept === undefined || kept < 0 ? undefined : kept + 1;
  const written = (size?.value ?? '100M').trim();
  // The size as written, multiplied in its own unit (Fluent Bit's K, M, G), to say the total.
  const perFile = /^(\d{1,12})([KMG]?)B?$/i.exec(written);
  const keeps =
    files === undefined
      ? `Max_Files + 1 files of Max_Size ${shown(written)} each`
      : perFile && Number.isSafeInteger(Number(perFile[1]) * files)
        ? `${(Number(perFile[1]) * files).toLocaleString('en-US')}${perFile[2] ? (perFile[2] as string).toUpperCase() : ' bytes'} in ${files.toLocaleString('en-US')} file${files === 1 ? '' : 's'}`
        : `${files.toLocaleString('en-US')} file${files === 1 ? '' : 's'} of Max_Size ${shown(written)} each`;
  const source = `${size ? `Max_Size ${shown(size.value)}` : 'Max_Size 100M by default'}, ${count ? `Max_Files ${shown(count.value)}` : 'Max_Files 7 by default'}`;
  return { keeps, source, path: (count ?? first(plugin, 'name') as Entry).path };
}

const nonEmpty = <T extends { value: string }>(entry: T | undefined) => (entry && entry.value !== '' ? entry : undefined);

const ENV_REPLACED = 'which Fluent Bit replaces with an environment variable of the deployment (empty when unset)';

/** The most characters one value may expand to, and a config's values together, with its variables. */
export const MAX_EXPANDED = 4_096;
export const EXPANSION_BUDGET = 1_000_000;
/** flb_env_var_translate reads a name of fewer than 4,096 characters between `${` and `}`. */
const MAX_NAME = 4_095;

/**
 * The variables a config sets (`@SET NAME=value`, `env:`), the last setting of a name counting, as
 * Fluent Bit sets them all before it reads any plugin (flb_config_load_config_format): name →
 * value, or null where the value is not the config's to tell (empty, or `file://…`, which
 * flb_env_set_extended reads from the deployment's disk).
 */
type Variables = Map<string, string | null>;

const settable = (value: string) => (value === '' || (value.length > 7 && value.startsWith('file://')) ? null : value);

/**
 * A YAML name is read from the parsed document, where a key such as `~`, `0x1F` or `.inf` has
 * already become another text ("null", "31", "Infinity"): only a name that cannot have been
 * changed that way is taken as set.
 */
const YAML_WORDS = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'infinity', 'nan']);
const plainYamlName = (name: string) => /^[a-z_]\w*$/i.test(name) && !YAML_WORDS.has(name.toLowerCase());

/** Fluent Bit reads names and values as C strings: a NUL (a YAML "\0") ends them. */
const beforeNul = (text: string) => {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
};

/** The config's variables; undefined when they cannot be told (see envEntries), so none is known. */
function configVariables(value: unknown, classic: boolean): Variables | undefined {
  const variables: Variables = new Map();
  if (classic) {
    for (const { name, value: set } of (value as ClassicConfig).variables ?? []) variables.set(name, settable(set));
    return variables;
  }
  const entries = envEntries(value);
  if (!entries) return undefined;
  for (const entry of entries) {
    const name = beforeNul(entry.name);
    if (!plainYamlName(name)) continue;
    variables.set(name, entry.uri === undefined && typeof entry.value === 'string' ? settable(beforeNul(entry.value)) : null);
  }
  return variables;
}

/** A value as Fluent Bit reads it, with `substituted` when a variable was replaced; or why it cannot be told. */
type Resolved = { ok: true; text: string; substituted: boolean } | { ok: false; why: string };

/**
 * A value with each `${NAME}` replaced as flb_env_var_translate replaces it: the config's own
 * variables first, each value put in as it is (not read again for `${`). A name the config does
 * not set is the deployment's environment variable; `${NAME:-default}` (read differently by
 * Fluent Bit versions), a `${` without a closing `}` and one that Fluent Bit reads its own way (a
 * `}` before it, `${}`, a name of 4,096 characters or more) are not read either. Each of these
 * makes the value unknown, named by the first `${…}` as written (at most 80 characters of it).
 * The result is bounded by MAX_EXPANDED, and the config's expansions by `budget`.
 */
const TOO_LONG: Resolved = { ok: false, why: `expands to more than ${MAX_EXPANDED.toLocaleString('en-US')} characters with the config's variables, the most modelgate reads` };

function resolve(written: string, variables: Variables | undefined, budget: { left: number }): Resolved {
  const value = beforeNul(written);
  if (!value.includes('${')) return { ok: true, text: value, substituted: false };
  let text = '';
  let from = 0;
  for (;;) {
    const start = value.indexOf('${', from);
    if (start < 0) break;
    // Fluent Bit looks for the `}` from where it is, not from the `${`.
    const close = value.indexOf('}', from);
    const name = close > start + 2 && close - start - 2 <= MAX_NAME ? value.slice(start + 2, close) : undefined;
    const set = name === undefined || name.includes(':-') ? undefined : variables?.get(name);
    if (set === undefined || set === null) {
      const end = value.indexOf('}', start + 2);
      return { ok: false, why: `uses ${shown(end < 0 ? value.slice(start) : value.slice(start, end + 1))}, ${ENV_REPLACED}` };
    }
    if (budget.left < set.length) return { ok: false, why: `was not expanded: the config's variables expand to more than ${EXPANSION_BUDGET.toLocaleString('en-US')} characters in all, the most modelgate expands` };
    budget.left -= set.length;
    text += value.slice(from, start) + set;
    if (text.length > MAX_EXPANDED) return TOO_LONG;
    from = close + 1;
  }
  text += value.slice(from);
  if (text.length > MAX_EXPANDED) return TOO_LONG;
  return { ok: true, text, substituted: true };
}

function classicPlugins(value: ClassicConfig): Plugin[] {
  const plugins: Plugin[] = [];
  value.sections.forEach((section, index) => {
    const kind = ({ INPUT: 'input', FILTER: 'filter', OUTPUT: 'output' } as const)[section.name as 'INPUT'];
    if (!kind) return;
    const props: Plugin['props'] = new Map();
    section.entries.forEach((entry, e) => {
      const key = entry.key.toLowerCase();
      // Appended in place: copying the list for each repeated key made a section of n `Record`
      // lines quadratic (50,000 of them took two minutes).
      const values = props.get(key);
      const value = { value: entry.value, path: ['sections', index, 'entries', e] as PathSegment[] };
      if (values) values.push(value);
      else props.set(key, [value]);
    });
    plugins.push({ kind, props, path: ['sections', index] });
  });
  return plugins;
}

/** Filters that register an emitter input of their own (flb_filter's emitters). */
const EMITTING_FILTERS = new Set(['rewrite_tag', 'multiline', 'log_to_metrics']);

/** Whether the config has a [CUSTOM] section (classic) or `customs:` (YAML), which start instances of their own. */
function hasCustomSection(value: unknown, classic: boolean): boolean {
  if (classic) return (value as ClassicConfig).sections.some((section) => section.name === 'CUSTOM');
  const record = value as Record<string, unknown>;
  const pipeline = record.pipeline as Record<string, unknown> | undefined;
  return record.customs !== undefined || pipeline?.customs !== undefined;
}

/** The keys modelgate reads from a plugin; the first four route, and their values are checked. */
const ROUTING_KEYS = new Set(['name', 'tag', 'match', 'match_regex']);
const READ_KEYS = new Set([...ROUTING_KEYS, 'record', 'add', 'set']);

/**
 * The property a YAML plugin key sets, as Fluent Bit reads it: flb_cf_key_translate
 * (flb_config_format.c) keeps a key that does not start with a lower-case letter, lower-cases one
 * with a `_`, and turns any other into snake_case (`mAtch` is `m_atch`, `matchRegex`
 * `match_regex`); flb_cf_section_property_add then trims it (flb_sds_trim), and plugins compare
 * property names without case (prop_key_check, cfl_kvlist_fetch).
 */
function yamlPropertyName(key: string): string {
  let translated = key;
  if (/^[a-z]/.test(key)) translated = key.includes('_') ? asciiLower(key) : asciiLower(key.replace(/(?<=.)[A-Z]/g, (c) => `_${c}`));
  return asciiLower(trimSpace(translated));
}

/** Why a YAML config is one Fluent Bit would not load, or modelgate does not read, and where. */
interface YamlRefusal {
  refused: string;
  path: PathSegment[];
}

/**
 * The plugins of a YAML config, each property in the order written (Fluent Bit keeps every key
 * in a list and sets them in turn). A key of one of READ_KEYS that Fluent Bit reads as another
 * property (`mAtch`, ` match`, `matchRegex`), a key or value Fluent Bit refuses (empty or only
 * spaces, flb_cf_section_property_add), and a value of one of READ_KEYS whose text as Fluent Bit
 * reads it is not known (not text once parsed, or spaces around it, which Fluent Bit trims)
 * make the config one modelgate does not evaluate: reading it its own way could route what
 * Fluent Bit does not.
 */
function yamlPlugins(value: Record<string, unknown>): Plugin[] | YamlRefusal {
  const pipeline = value.pipeline as Record<string, unknown>;
  const plugins: Plugin[] = [];
  for (const [list, kind] of [['inputs', 'input'], ['filters', 'filter'], ['outputs', 'output']] as const) {
    const items = Array.isArray(pipeline[list]) ? (pipeline[list] as unknown[]) : [];
    for (const [index, item] of items.entries()) {
      if (!isRecord(item)) continue;
      const props: Plugin['props'] = new Map();
      for (const [key, raw] of Object.entries(item)) {
        const path: PathSegment[] = ['pipeline', list, index, key];
        const property = yamlPropertyName(key);
        const written = asciiLower(key);
        if (property === '') return { refused: `${kind === 'filter' ? 'a' : 'an'} ${kind} key that is empty or only spaces (${JSON.stringify(shown(key))}): Fluent Bit refuses to load this config`, path };
        if (typeof raw === 'string' && raw !== '' && trimSpace(raw) === '') return { refused: `the ${kind} key ${shown(key)} has only spaces for its value: Fluent Bit refuses to load this config`, path };
        if (property !== written && (READ_KEYS.has(written) || READ_KEYS.has(property))) {
          return {
            refused: READ_KEYS.has(property)
              ? `Fluent Bit reads the ${kind} key ${JSON.stringify(shown(key))} as ${property}, which modelgate does not read written that way, so the config is not evaluated; write ${property}`
              : `Fluent Bit reads the ${kind} key ${shown(key)} as ${property}, not ${written} (a camelCase YAML key becomes snake_case), a property the plugin does not have: Fluent Bit refuses to load this config; write ${written}`,
            path,
          };
        }
        // An input's routes (conditional routing: flb_router_config.c) become its direct routes,
        // which flb_task.c follows instead of matching its tag: a Match that selects the tag does
        // not route it. modelgate does not model them, so it does not evaluate the config.
        if (property === 'routes') return { refused: `the ${kind} key ${shown(key)} sets Fluent Bit's conditional routing, which sends records by its routes and not by Match; modelgate does not model it, so the config is not evaluated`, path };
        const values = Array.isArray(raw) ? raw : [raw];
        if (ROUTING_KEYS.has(property)) {
          for (const [i, v] of values.entries()) {
            const at = Array.isArray(raw) ? [...path, i] : path;
            if (typeof v !== 'string') return { refused: `the ${kind} key ${shown(key)} has a value that is not text once YAML reads it (${shown(JSON.stringify(v) ?? String(v))}), so the text Fluent Bit reads is not known; quote it`, path: at };
            if (!Array.isArray(raw) && v !== trimSpace(v)) return { refused: `the ${kind} key ${shown(key)} has spaces around its value, which Fluent Bit trims; modelgate does not evaluate the config; write the value without them`, path: at };
          }
        }
        const entries = values.map((v, i) => ({ value: typeof v === 'string' ? v : JSON.stringify(v) ?? '', path: Array.isArray(raw) ? [...path, i] : path }));
        const before = props.get(property);
        if (before) before.push(...entries);
        else props.set(property, entries);
      }
      plugins.push({ kind, props, path: ['pipeline', list, index] });
    }
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
      const alias = firstYamlAlias(doc);
      if (alias) {
        return { ok: false, problem: { message: `${alias.at.file}: an alias (*${shown(alias.name)}), which Fluent Bit's YAML reader does not take: Fluent Bit refuses to load this config; write the value out`, at: alias.at } };
      }
      const sections = yamlSectionRefusal(doc);
      if (sections) return { ok: false, problem: sections };
      const problem = schemaProblem(SCHEMA, doc, 'Fluent Bit config');
      if (problem) return { ok: false, problem };
    }
    const read = classic ? classicPlugins(doc.value as unknown as ClassicConfig) : yamlPlugins(doc.value as Record<string, unknown>);
    if (!Array.isArray(read)) {
      const where = at(doc, read.path);
      return { ok: false, problem: { message: `${where.file}: ${read.refused}`, at: where } };
    }
    const plugins = read;
    const config: LoggingConfig = { format: 'fluent-bit', file: doc.file, pipelines: [], recorded: [], cannotShow: ['input', 'output', 'operator-action'], problems: [], volumeBound: [] };
    const variables = configVariables(doc.value, classic);
    const budget = { left: EXPANSION_BUDGET };
    const inputs = plugins.filter((p) => p.kind === 'input');
    const inputTags = inputs.map((input, index) => {
      // An empty Tag is none; the default is the plugin's registered (lower-case) name and its number.
      const written = last(input, 'tag')?.value || `${(first(input, 'name')?.value ?? 'input').toLowerCase()}.${index}`;
      return { input, written, tag: resolve(written, variables, budget) };
    });
    // A tag that uses a variable the config does not set is the deployment's to decide: no Match is taken to select it.
    const unknownTag = inputTags.find(({ tag }) => !tag.ok);
    const tags = [...new Set(inputTags.flatMap(({ tag }) => (tag.ok ? [tag.text] : [])))];
    const unknownNote =
      unknownTag && !unknownTag.tag.ok ? `; the Tag ${shown(unknownTag.written)} of the ${shown(first(unknownTag.input, 'name')?.value ?? '')} input ${unknownTag.tag.why}, so it is not counted` : '';
    const router = tagRouter(tags);
    // flb_router_io_set's "1:1" setup: with one input and one output, an output with neither
    // Match nor Match_Regex is given Match * (whatever the input's tag), so its records flow.
    // Fluent Bit counts the instances it runs, not the sections written: a filter that emits
    // records (rewrite_tag, multiline, log_to_metrics) adds an input, and a [CUSTOM] section
    // (calyptia) adds inputs and outputs; with any of them the setup is not 1:1.
    const addsInstances = plugins.some((p) => p.kind === 'filter' && EMITTING_FILTERS.has((first(p, 'name')?.value ?? '').trim().toLowerCase())) || hasCustomSection(doc.value, classic);
    const oneToOne = !addsInstances && inputs.length === 1 && plugins.filter((p) => p.kind === 'output').length === 1;
    for (const plugin of plugins) {
      const name = first(plugin, 'name');
      if (!name) {
        config.problems.push({ message: `${doc.file}: a Fluent Bit ${plugin.kind} has no Name`, at: at(doc, plugin.path) });
        continue;
      }
      if (plugin.kind !== 'output') continue;
      // An empty Match or Match_Regex selects nothing (Fluent Bit leaves it unset).
      const match = nonEmpty(last(plugin, 'match'));
      const matchRegex = nonEmpty(last(plugin, 'match_regex'));
      const type = resolve(name.value, variables, budget);
      const outputName = shown(type.ok && type.substituted ? type.text : name.value);
      if (!type.ok) {
        config.problems.push({ message: `${doc.file}: the ${outputName} output's Name ${type.why}, so it is not counted as routed`, at: at(doc, name.path) });
        continue;
      }
      // Fluent Bit (flb_router.c, router_match) routes a tag that Match_Regex selects, else one
      // that Match selects: the output is routed when either does. One that uses a variable the
      // config does not set selects nothing here. When neither routes, the finding is about the
      // first (Match_Regex).
      const selectors = [
        ...(matchRegex ? [{ key: 'Match_Regex', entry: matchRegex }] : []),
        ...(match ? [{ key: 'Match', entry: match }] : []),
      ].map((selector) => {
        const pattern = resolve(selector.entry.value, variables, budget);
        const routed: Routed = !pattern.ok ? false : selector.key === 'Match' ? router.match(pattern.text) : router.regex(pattern.text);
        const written = `${selector.key} ${shown(selector.entry.value)}${pattern.ok && pattern.substituted ? `, read as ${shown(pattern.text)}` : ''}`;
        return { ...selector, pattern, routed, written };
      });
      const routedOneToOne = oneToOne && selectors.length === 0;
      if (!routedOneToOne && !selectors.some((selector) => selector.routed === true)) {
        const by = selectors[0];
        const written = by?.written ?? '';
        const why = by && !by.pattern.ok
          ? `'s ${written} ${by.pattern.why}, so it is not counted as routed`
          : typeof by?.routed === 'object'
            ? `'s ${written} ${by.routed.refused}, so it is not counted as routed`
            : by?.routed === 'unchecked'
              ? ` was not checked against the ${tags.length} input tags (${written}: too many ${by.key === 'Match' ? 'wildcard comparisons' : 'regular expression steps'}), so it is not counted as routed`
              : by
                ? ` matches no input's tag (${written})${unknownNote}`
                : ' has no Match, so Fluent Bit routes nothing to it (only a config of one input and one output routes an output without one)';
        config.problems.push({ message: `${doc.file}: the ${outputName} output${why}`, at: at(doc, (by?.entry ?? name).path) });
        continue;
      }
      // Fluent Bit reads `stdout://host` as the stdout plugin (check_protocol).
      const pluginType = (type.text.split('://')[0] as string).toLowerCase();
      // The file output writes `File` under `Path`: Path /dev with File null is /dev/null, which keeps nothing.
      const file = pluginType === 'file' ? last(plugin, 'file') : undefined;
      const device = file ? discardingDevice(`${last(plugin, 'path')?.value ?? '.'}/${file.value}`) ?? discardingDevice(file.value) : undefined;
      const kind: DestinationKind = NOWHERE.has(pluginType) || device ? 'none' : LOCAL.has(pluginType) ? 'file' : 'remote';
      const destination = device && file ? { name: `${outputName} (to ${device})`, kind, at: at(doc, file.path) } : { name: outputName, kind, at: at(doc, name.path) };
      config.pipelines.push({ name: outputName, at: at(doc, plugin.path), destinations: [destination] });
      if (pluginType === 'logrotate') {
        const bound = logrotateBound(plugin);
        config.volumeBound.push({ destination: `output ${outputName}`, keeps: bound.keeps, source: bound.source, at: at(doc, bound.path) });
      }
    }
    // The file output appends and deletes nothing, so how long its files are kept is the deployment's.
    if (config.volumeBound.length === 0) config.cannotShow.unshift('retention');
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
