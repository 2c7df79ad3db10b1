/**
 * A Fluent Bit YAML config's `includes:` (fluent/fluent-bit src/config_format/flb_cf_yaml.c): a
 * list of other YAML configs, each relative to the file that names it, whose pipeline inputs,
 * filters and outputs join the including file's. The store reads each file in under the same
 * rules as a classic config's @INCLUDEs (inside the repository, no links out, not in .git,
 * cycles, depth, count and size limits); mergeYaml puts their plugins beside the including
 * file's, each keeping its own file and lines, and their `env:` entries beside the including
 * file's in reading order (Fluent Bit keeps one list of them for all the files).
 */
import type { IncludedFile } from '../adapter.js';
import { isRecord } from '../adapter.js';
import type { Location, PathSegment, Position } from '../../types.js';
import { YamlDoc } from '../../load/yaml.js';
import type { ParseResult, SourceDoc } from '../../load/source-doc.js';

const LISTS = ['inputs', 'filters', 'outputs'] as const;

const isClassic = (doc: SourceDoc) => isRecord(doc.value) && doc.value.fluentBitClassic === true;

/** The files a YAML config's `includes:` names, as written, each at its line (none for a classic config). */
export function yamlIncludes(doc: SourceDoc): IncludedFile[] {
  if (isClassic(doc) || !isRecord(doc.value) || !Array.isArray(doc.value.includes)) return [];
  return doc.value.includes.flatMap((path, index): IncludedFile[] =>
    typeof path === 'string' ? [{ path, line: doc.locate(['includes', index]).line, directive: 'includes', fromNamingFile: true }] : [],
  );
}

/** One `env:` entry: `NAME: value`, or `{ name, value }` (or `{ name, uri }`) in the list form. */
export interface EnvEntry {
  name: string;
  value: unknown;
  /** Set when the entry names a `uri` (a file Fluent Bit reads on the deployment's host). */
  uri?: unknown;
}

/** Set on a merged config when an included file's variables cannot be told (see envEntries). */
export const ENV_UNTOLD: unique symbol = Symbol('env untold');

/** An integer-like key, which a parsed object lists before the others, whatever the file's order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * A YAML config's `env:` entries in order, as flb_cf_yaml.c reads them: a mapping of names to
 * scalars, or a list of mappings whose keys are read in turn (`name`, `value`, `uri`,
 * `refresh_interval`, and any other key names the variable, with its value, when no name came
 * before it). A list item without a name sets nothing. Undefined when what the config sets cannot
 * be told: Fluent Bit reads `env:` and `includes:` in any case, so an `ENV:` or `Includes:` may set
 * what modelgate does not read. In a list item with an integer-like key the file's key order is
 * lost, so each of its keys is set to something unknown (`uri`).
 */
export function envEntries(value: unknown): EnvEntry[] | undefined {
  if (!isRecord(value)) return [];
  if ((value as { [ENV_UNTOLD]?: boolean })[ENV_UNTOLD]) return undefined;
  if (Object.keys(value).some((key) => (key.toLowerCase() === 'env' && key !== 'env') || (key.toLowerCase() === 'includes' && key !== 'includes'))) return undefined;
  const env = value.env;
  if (isRecord(env)) return Object.entries(env).map(([name, v]) => ({ name, value: v }));
  if (!Array.isArray(env)) return [];
  return env.flatMap((item): EnvEntry[] => {
    if (!isRecord(item)) return [];
    if (Object.keys(item).some((key) => INDEX_KEY.test(key))) return Object.keys(item).map((name) => ({ name, value: undefined, uri: 'order unknown' }));
    let entry: { name?: unknown; value?: unknown; uri?: unknown } = {};
    for (const [key, v] of Object.entries(item)) {
      const lower = key.toLowerCase();
      if (lower === 'name') entry.name = v;
      else if (lower === 'value') entry.value = v;
      else if (lower === 'uri') entry.uri = v;
      else if (lower !== 'refresh_interval' && entry.name === undefined) entry = { ...entry, name: key, value: v };
    }
    return typeof entry.name === 'string' ? [{ name: entry.name, value: entry.value, ...('uri' in entry ? { uri: entry.uri } : {}) }] : [];
  });
}

/**
 * The first YAML alias (`*name`) in a config or the files it includes, with where it is. Fluent
 * Bit's YAML reader (flb_cf_yaml.c, consume_event) handles no alias event in any state: a config
 * with one is refused, and Fluent Bit does not start.
 */
export function firstYamlAlias(doc: SourceDoc): { name: string; at: Location } | undefined {
  for (const part of yamlParts(doc)) {
    const found = part instanceof YamlDoc ? part.firstAlias() : undefined;
    if (found) return { name: found.name, at: { file: part.file, ...found.position } };
  }
  return undefined;
}

/** The top-level sections flb_cf_yaml.c knows (STATE_SECTION); it compares names without case. */
const SECTIONS = new Set(['env', 'parsers', 'multiline_parsers', 'stream_processor', 'plugins', 'upstream_servers', 'pipeline', 'service', 'customs', 'includes', 'extensions']);

/** Text from a config, cut short for a message. */
export const shown = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Lower case as C's tolower makes it: ASCII letters only (Fluent Bit compares names so). */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The files of a YAML config in reading order: the document itself, or each file a merged one was read from. */
const yamlParts = (doc: SourceDoc): SourceDoc[] => (doc instanceof MergedYamlDoc ? doc.parts.flatMap(yamlParts) : [doc]);

/**
 * Why Fluent Bit would refuse a YAML config's sections, or would read sections modelgate does
 * not, in the cited file or one it includes, with where. flb_cf_yaml.c (consume_event) reads
 * section names without case; it refuses a section it does not know whose value is not a
 * mapping (STATE_OTHER), a second `service` in any of the files (ctx->service_set), and a key
 * of `pipeline` other than inputs, filters and outputs (yaml_error_plugin_category). A
 * `Pipeline`, `Includes` or `Inputs` written in another case is read by Fluent Bit as well: its
 * plugins would be Fluent Bit's and not modelgate's (and would number the inputs a default tag
 * is made from), so the config is not evaluated.
 */
export function yamlSectionRefusal(doc: SourceDoc): { message: string; at: Location } | undefined {
  let service = false;
  for (const part of yamlParts(doc)) {
    const value = part.value;
    if (!isRecord(value)) continue;
    const where = (path: PathSegment[]) => ({ file: part.file, ...part.locate(path) });
    for (const key of Object.keys(value)) {
      const name = asciiLower(key);
      const quoted = JSON.stringify(shown(key));
      if (name === 'service') {
        if (service) return { message: `${part.file}: a second service section (${quoted}), in this file or another the config includes: Fluent Bit refuses to load this config`, at: where([key]) };
        service = true;
      }
      if (!SECTIONS.has(name) && !isRecord(value[key])) {
        return { message: `${part.file}: the top-level key ${quoted} is no section Fluent Bit knows, and its value is not a mapping: Fluent Bit refuses to load this config`, at: where([key]) };
      }
      if ((name === 'pipeline' || name === 'includes') && key !== name) {
        return { message: `${part.file}: Fluent Bit reads ${quoted} as ${name}, which modelgate reads only written ${name}, so the config is not evaluated; write ${name}`, at: where([key]) };
      }
    }
    const pipeline = value.pipeline;
    if (!isRecord(pipeline)) continue;
    for (const key of Object.keys(pipeline)) {
      const name = asciiLower(key);
      const quoted = JSON.stringify(shown(key));
      if (!(LISTS as readonly string[]).includes(name)) {
        return { message: `${part.file}: pipeline has a key ${quoted}, which is not inputs, filters or outputs: Fluent Bit refuses to load this config`, at: where(['pipeline', key]) };
      }
      if (key !== name) return { message: `${part.file}: Fluent Bit reads pipeline ${quoted} as ${name}, which modelgate reads only written ${name}, so the config is not evaluated; write ${name}`, at: where(['pipeline', key]) };
    }
  }
  return undefined;
}

interface Origin {
  doc: SourceDoc;
  index: number;
}

/** Several YAML configs read as one: each pipeline plugin is located in the file it came from. */
class MergedYamlDoc implements SourceDoc {
  constructor(
    readonly file: string,
    readonly value: Record<string, unknown>,
    private readonly main: SourceDoc,
    private readonly origins: Record<string, Origin[]>,
    /** Every file read in: the including file's own document, then each included one. */
    readonly parts: readonly SourceDoc[],
  ) {}

  private route(path: readonly PathSegment[]): [SourceDoc, readonly PathSegment[]] {
    const [head, list, index, ...rest] = path;
    if (head === 'pipeline' && typeof list === 'string' && typeof index === 'number') {
      const origin = this.origins[list]?.[index];
      if (origin) return [origin.doc, ['pipeline', list, origin.index, ...rest]];
    }
    return [this.main, path];
  }

  locate(path: readonly PathSegment[]): Position {
    const [doc, inner] = this.route(path);
    return doc.locate(inner);
  }

  fileOf(path: readonly PathSegment[]): string {
    const [doc, inner] = this.route(path);
    return doc.fileOf?.(inner) ?? doc.file;
  }
}

/**
 * The config with the plugins of the files it includes (`included`, in the order of
 * yamlIncludes, each already merged with its own) beside its own: before them when `includes:`
 * comes before `pipeline:`, as Fluent Bit reads the file top to bottom.
 */
export function mergeYaml(doc: SourceDoc, included: ReadonlyArray<SourceDoc>): ParseResult {
  const includes = yamlIncludes(doc);
  if (includes.length === 0 || !isRecord(doc.value)) return { ok: true, doc };
  const failure = (message: string, line: number): ParseResult => ({ ok: false, error: { message, line, column: 1 } });
  const parts: SourceDoc[] = [];
  for (const [index, other] of included.entries()) {
    const named = includes[index] as IncludedFile;
    if (isClassic(other) || !isRecord(other.value)) return failure(`includes ${named.path}: ${other.file} is not a Fluent Bit YAML config, which is all includes reads`, named.line);
    const pipeline = other.value.pipeline;
    if (pipeline !== undefined && !isRecord(pipeline)) return failure(`includes ${named.path}: the pipeline of ${other.file} is not a mapping`, named.line);
    for (const list of LISTS) {
      if (pipeline?.[list] !== undefined && !Array.isArray(pipeline[list])) return failure(`includes ${named.path}: pipeline.${list} of ${other.file} is not a list`, named.line);
    }
    parts.push(other);
  }
  const own = doc.value.pipeline;
  if (own !== undefined && !isRecord(own)) return failure('not a Fluent Bit config: pipeline is not a mapping', doc.locate(['pipeline']).line);
  for (const list of LISTS) {
    if (own?.[list] !== undefined && !Array.isArray(own[list])) return failure(`not a Fluent Bit config: pipeline.${list} is not a list`, doc.locate(['pipeline', list]).line);
  }
  const keys = Object.keys(doc.value);
  const includedFirst = own === undefined || keys.indexOf('includes') < keys.indexOf('pipeline');
  const order = includedFirst ? [...parts, doc] : [doc, ...parts];
  const pipeline: Record<string, unknown> = { ...(isRecord(own) ? own : {}) };
  const origins: Record<string, Origin[]> = {};
  for (const list of LISTS) {
    const items: unknown[] = [];
    const from: Origin[] = [];
    for (const part of order) {
      const value = (part.value as { pipeline?: Record<string, unknown> }).pipeline?.[list];
      if (!Array.isArray(value)) continue;
      value.forEach((item, index) => {
        items.push(item);
        from.push({ doc: part, index });
      });
    }
    if (items.length > 0) {
      pipeline[list] = items;
      origins[list] = from;
    }
  }
  // Fluent Bit reads an included file's env: where `includes:` is, before or after this file's own.
  const includesEnvFirst = keys.indexOf('includes') < keys.indexOf('env') || !keys.includes('env');
  const envs = (includesEnvFirst ? [...parts, doc] : [doc, ...parts]).map((part) => envEntries(part.value));
  const env = envs.flatMap((entries) => entries ?? []);
  // Followed, so no longer "included and not read"; env: in its list form, in reading order.
  const merged: Record<string, unknown> = { ...doc.value, includes: [], pipeline, ...(env.length > 0 ? { env } : {}) };
  if (envs.includes(undefined)) (merged as { [ENV_UNTOLD]?: boolean })[ENV_UNTOLD] = true;
  return { ok: true, doc: new MergedYamlDoc(doc.file, merged, doc, origins, [doc, ...parts]) };
}
