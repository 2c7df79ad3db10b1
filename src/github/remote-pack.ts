/** A pinned remote policy pack, fetched with the workflow's token for the Action. */
import { displayRemote, type RemoteRef } from '../policy/reference.js';
import { MAX_PACK_BYTES, type RemoteText } from '../policy/sources.js';
import type { GitHubClient } from './client.js';


/** GET /repos/{owner}/{repo}/contents/{path}?ref={sha} (raw), with the workflow's token. */
export async function fetchRemotePack(ref: RemoteRef, octokit: GitHubClient): Promise<RemoteText> {
  try {
    const response = await octokit.rest.repos.getContent({ owner: ref.owner, repo: ref.repo, path: ref.path, ref: ref.sha, mediaType: { format: 'raw' } });
    const text = typeof response.data === 'string' ? response.data : undefined;
    if (text === undefined) return { error: `${displayRemote(ref)} is not a file` };
    if (Buffer.byteLength(text, 'utf8') > MAX_PACK_BYTES) return { error: 'it is over 1 MB' };
    return text;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return { error: `it does not exist at that commit, or the token cannot see ${ref.owner}/${ref.repo}` };
    if (status === 401 || status === 403) {
      return { error: `the token cannot read ${ref.owner}/${ref.repo} (give the workflow a token with contents: read on that repository, input token)` };
    }
    return { error: `it could not be fetched (${status ?? (error as Error).message})` };
  }
}
