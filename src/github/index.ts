/**
 * Everything the Action does through GitHub's API, behind one dynamic import: the client and
 * @actions/github are loaded only when there is a token, and bundled into one chunk.
 */
export { listChangedFiles } from './changed-files.js';
export { createClient, explainFailure, type GitHubClient, type Log } from './client.js';
export { publishCheckRun, publishComment } from './publish.js';
