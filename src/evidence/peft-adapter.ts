/**
 * The PEFT adapters a system ships: an `adapter_config.json` (PEFT's name for it, exactly: the
 * loader reads no other) listed in artifacts, in the folder of a listed artifact (beside
 * adapter_model.safetensors), or in the folder of the cited model card (a Hub repository's
 * layout: README.md beside the adapter). Its `base_model_name_or_path` is the model the adapter
 * is loaded onto, which is what runs (new user: a Llama-3.1-8B LoRA whose config was changed to
 * name a Mistral model passed, the card and manifest still saying Llama).
 *
 * Each is read as untrusted JSON, as cited evidence is: inside the repository (a link out is
 * refused), under max-file-size, UTF-8 text, no duplicated key, nesting capped; a file that fails
 * any of these is a problem located in it, never a crash. One read per system, however many
 * rules ask.
 */
import { posix } from 'node:path';
import { isUri, type FileProblemKind } from '../fs/repo-fs.js';
import { parseJson, type JsonDoc } from '../load/json.js';
import { declaredArtifacts } from '../load/manifest.js';
import type { Location } from '../types.js';
import type { SystemContext } from './check.js';

/** PEFT's file name for an adapter's config (peft's CONFIG_NAME). */
export const ADAPTER_CONFIG = 'adapter_config.json';

export type ShippedAdapter =
  | {
      ok: true;
      /** Repository-relative path of the config. */
      rel: string;
      doc: JsonDoc;
      /** The config's value, a JSON object. */
      config: Record<string, unknown>;
    }
  | { ok: false; rel: string; message: string; at: Location };

/** Resolution problems that say a candidate is not in this repository: no adapter to read there. */
const NOT_HERE: ReadonlySet<FileProblemKind> = new Set<FileProblemKind>(['missing', 'absolute-path', 'outside-root', 'empty-path', 'not-a-file']);

/** The folder part of a path as the manifest writes it (`model/`, `` for none). */
const writtenFolderPrefix = (written: string) => written.slice(0, Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\')) + 1);

/**
 * The adapter configs the system ships, each once, in the order artifacts list them and then the
 * card's folder; undefined configs (not in the repository: weights kept elsewhere) are left out.
 * A listed `adapter_config.json` that is a folder is a problem too; one only looked for is not.
 */
export function shippedAdapters(system: Pick<SystemContext, 'evidence' | 'manifest' | 'card'>): ShippedAdapter[] {
  return system.evidence.remembered('peft-adapters', () => {
    const candidates: Array<{ ref: string; listed: boolean }> = [];
    for (const { path } of declaredArtifacts(system.manifest.data)) {
      if (isUri(path)) continue;
      const listed = posix.basename(path.replace(/\\/g, '/')) === ADAPTER_CONFIG;
      candidates.push({ ref: listed ? path : `${writtenFolderPrefix(path)}${ADAPTER_CONFIG}`, listed });
    }
    if (system.card) {
      const folder = posix.dirname(system.card.file);
      candidates.push({ ref: posix.relative(system.manifest.dir, posix.join(folder === '.' ? '' : folder, ADAPTER_CONFIG)), listed: false });
    }
    const seen = new Set<string>();
    const adapters: ShippedAdapter[] = [];
    for (const { ref, listed } of candidates) {
      const resolved = system.evidence.repo.resolve(ref, system.manifest.dir);
      if (!resolved.ok) {
        const rel = resolved.rel ?? ref;
        if (NOT_HERE.has(resolved.problem.kind) && !(listed && resolved.problem.kind === 'not-a-file')) continue;
        if (seen.has(rel)) continue;
        seen.add(rel);
        adapters.push({ ok: false, rel, message: resolved.problem.message, at: { file: rel, line: 1, column: 1 } });
        continue;
      }
      // Where it really is: one config reached by two paths (a link) is one adapter.
      const key = system.evidence.repo.relative?.(resolved.abs) ?? resolved.rel;
      if (seen.has(key)) continue;
      seen.add(key);
      adapters.push(readAdapter(system, ref, resolved.rel));
    }
    return adapters;
  });
}

function readAdapter(system: Pick<SystemContext, 'evidence'>, ref: string, rel: string): ShippedAdapter {
  const text = readText(system, ref, rel);
  if (!text.ok) return { ok: false, rel, message: text.message, at: { file: rel, line: text.line ?? 1, column: 1 } };
  const parsed = parseJson(text.text, rel);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { ok: false, rel, message: `${rel}: ${message}`, at: { file: rel, line, column } };
  }
  const value = parsed.doc.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, rel, message: `${rel} is not a JSON object, as PEFT writes an adapter's config`, at: { file: rel, line: 1, column: 1 } };
  }
  return { ok: true, rel, doc: parsed.doc, config: value as Record<string, unknown> };
}

/**
 * The text of the config at `ref` (resolved to `rel`), read as cited evidence is (and noted as
 * read); a `#` in a folder's name, which a citation reads as a section, is read as written.
 */
function readText(system: Pick<SystemContext, 'evidence'>, ref: string, rel: string): { ok: true; text: string } | { ok: false; message: string; line?: number } {
  if (!ref.includes('#')) {
    const read = system.evidence.text(ref);
    return read.ok ? { ok: true, text: read.value.text } : { ok: false, message: read.problem.message, ...(read.problem.at ? { line: read.problem.at.line } : {}) };
  }
  const read = system.evidence.repo.readText(rel);
  return read.ok ? { ok: true, text: read.text } : { ok: false, message: read.problem.message, ...(read.problem.line !== undefined ? { line: read.problem.line } : {}) };
}
