/**
 * The files a pull request changes: GET /repos/{owner}/{repo}/pulls/{number}/files, 100 a page.
 * GitHub lists at most 3,000 files; a pull request at that cap may change more, so the caller
 * then checks every system rather than trust an incomplete list.
 */
import type { GitHubClient } from './client.js';

export const PULL_FILES_CAP = 3000;

export async function listChangedFiles(octokit: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<string[] | undefined> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  if (files.length >= PULL_FILES_CAP) return undefined;
  // A renamed file touches the systems that cited its old path as well as its new one.
  return files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]));
}
