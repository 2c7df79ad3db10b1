/** The contract server refuses what GitHub's API description does not allow, so the Action's tests can fail. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubApi } from './github-api.js';

let api: GitHubApi;
beforeAll(async () => {
  api = await startGitHubApi(() => ({ status: 201, body: { id: 1 } }));
});
afterAll(() => api.close());

async function send(method: string, path: string, body?: unknown): Promise<string[]> {
  api.violations.length = 0;
  await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: 'token t', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return [...api.violations];
}

const annotation = { path: 'a.yaml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };

describe('the GitHub API contract server', () => {
  it.each([
    ['a valid check run', 'POST', '/repos/acme/models/check-runs', { name: 'modelgate', head_sha: 'f'.repeat(40), output: { title: 't', summary: 's', annotations: [annotation] } }, []],
    ['51 annotations', 'POST', '/repos/acme/models/check-runs', { name: 'm', head_sha: 'f', output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } }, ['body/output/annotations must NOT have more than 50 items']],
    ['an unknown status', 'POST', '/repos/acme/models/check-runs', { name: 'm', head_sha: 'f', status: 'done' }, ['body/status must be equal to one of the allowed values']],
    ['a missing head_sha', 'POST', '/repos/acme/models/check-runs', { name: 'm' }, ["must have required property 'head_sha'"]],
    ['an unknown annotation level', 'PATCH', '/repos/acme/models/check-runs/5', { output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] } }, ['annotation_level must be equal to one of the allowed values']],
    ['a summary over 65,535 characters', 'PATCH', '/repos/acme/models/check-runs/5', { output: { title: 't', summary: 'x'.repeat(65_536) } }, ['summary must NOT have more than 65535 characters']],
    ['a comment without a body', 'POST', '/repos/acme/models/issues/7/comments', {}, ["must have required property 'body'"]],
    ['an undeclared query parameter', 'GET', '/repos/acme/models/pulls/7/files?per_page=100&recursive=1', undefined, ['query parameter "recursive" is not in the contract']],
    ['a path GitHub does not have', 'GET', '/repos/acme/models/check-suites-all', undefined, ["no such operation in GitHub's REST API description"]],
    ['the wrong method', 'DELETE', '/repos/acme/models/pulls/7/files', undefined, ['no such operation']],
  ])('%s', async (_, method, path, body, expected) => {
    const violations = await send(method, path, body);
    expect(violations).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(violations[i]).toContain(text));
  });
});
