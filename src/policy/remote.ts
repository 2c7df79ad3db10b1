/**
 * Where pinned remote packs come from. The CLI reads them from a local clone's git objects at
 * the pinned commit (so the clone's working tree, or a moved branch, cannot change what is read);
 * the Action fetches them from the GitHub contents API at the pinned commit (github/remote-pack.ts)
 * before the run starts, and hands them over as FetchedPacks.
 */
import { GitTreeSource } from '../fs/git-tree.js';
import { UsageError } from '../types.js';
import { remoteKey, type RemoteRef } from './reference.js';
import type { RemotePacks, RemoteText } from './sources.js';

/** `--policy-checkout owner/repo=DIR` values → packs read from those clones' git objects. */
export function remotePacksFromClones(clones: ReadonlyMap<string, string>): RemotePacks {
  const trees = new Map<string, GitTreeSource | { error: string }>();
  return {
    read(ref) {
      const dir = clones.get(`${ref.owner}/${ref.repo}`);
      if (!dir) return { error: `no local clone of ${ref.owner}/${ref.repo} was given (--policy-checkout ${ref.owner}/${ref.repo}=<dir>)` };
      const key = `${dir}@${ref.sha}`;
      let tree = trees.get(key);
      if (!tree) {
        try {
          tree = GitTreeSource.open(dir, ref.sha);
        } catch (error) {
          const message = error instanceof UsageError ? error.message : String(error);
          // GitTreeSource speaks of a --base ref; here it is the pack's pinned commit.
          tree = {
            error: /is not a commit/.test(message)
              ? `commit ${ref.sha} is not in the clone at ${dir} (run git fetch there)`
              : `${message} (the clone at ${dir})`,
          };
        }
        trees.set(key, tree);
      }
      if ('error' in tree) return tree;
      const text = tree.readText(ref.path);
      return text.ok ? text.text : { error: text.problem.message };
    },
  };
}

/** Packs fetched ahead of loading (the Action), keyed by repository, path and commit. */
export class FetchedPacks implements RemotePacks {
  private readonly texts = new Map<string, RemoteText>();
  private readonly refs = new Map<string, RemoteRef>();

  /** A pack that was not fetched is an error, never a fetch: this runs synchronously, mid-load. */
  read(ref: RemoteRef): RemoteText {
    return this.texts.get(remoteKey(ref)) ?? { error: 'it was not fetched before the run' };
  }

  has(ref: RemoteRef): boolean {
    return this.texts.has(remoteKey(ref));
  }

  set(ref: RemoteRef, text: RemoteText): void {
    this.texts.set(remoteKey(ref), text);
    this.refs.set(remoteKey(ref), ref);
  }

  /** Every pack fetched, as plain data (for another thread). */
  entries(): Array<[RemoteRef, RemoteText]> {
    return [...this.texts].map(([key, text]) => [this.refs.get(key) as RemoteRef, text]);
  }

  static from(entries: ReadonlyArray<[RemoteRef, RemoteText]>): FetchedPacks {
    const packs = new FetchedPacks();
    for (const [ref, text] of entries) packs.set(ref, text);
    return packs;
  }
}
