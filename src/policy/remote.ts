/**
 * Where pinned remote packs come from. The CLI reads them from a local clone's git objects at
 * the pinned commit (so the clone's working tree, or a moved branch, cannot change what is read);
 * the Action fetches them from the GitHub contents API at the pinned commit (github/remote-pack.ts)
 * and hands them over as FetchedPacks.
 */
import { GitTreeSource } from '../fs/git-tree.js';
import { UsageError } from '../types.js';
import { displayRemote, type RemotePacks, type RemoteRef } from './load.js';

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
  private readonly texts = new Map<string, string | { error: string }>();
  private readonly refs = new Map<string, RemoteRef>();

  read(ref: RemoteRef) {
    return this.texts.get(FetchedPacks.key(ref));
  }

  set(ref: RemoteRef, text: string | { error: string }): void {
    this.texts.set(FetchedPacks.key(ref), text);
    this.refs.set(FetchedPacks.key(ref), ref);
  }

  /** Every pack fetched, as plain data (for another thread). */
  entries(): Array<[RemoteRef, string | { error: string }]> {
    return [...this.texts].map(([key, text]) => [this.refs.get(key) as RemoteRef, text]);
  }

  private static key(ref: RemoteRef): string {
    return `${ref.owner}/${ref.repo}/${ref.path}@${ref.sha}`;
  }
}
