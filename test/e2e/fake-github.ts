/**
 * GitHub's side of one repository (acme/models) for the Action's tests, in process and as a
 * subprocess: check runs, comments and a pull request's files, served by the contract-checking
 * local API (github-api.ts); plus the event payloads and systems the tests use.
 */
import { githubErrors, paginate, type ApiResponse, type GitHubApi, type Handler } from './github-api.js';
import type { Files } from '../helpers/repo.js';
import { compliantFiles, compliantManifest } from '../helpers/system.js';

/** One system under `dir`: the compliant one, or with its data, bias, monitoring, oversight and risk blocks removed (16 errors). */
export function system(dir: string, id: string, broken: boolean): Files {
  const manifest = compliantManifest();
  manifest.id = id;
  if (broken) for (const block of ['data', 'bias', 'monitoring', 'oversight', 'risk']) delete manifest[block];
  return Object.fromEntries(Object.entries(compliantFiles(manifest)).map(([file, content]) => [file.replace(/^sys\//, `${dir}/`), content]));
}

export const HEAD_SHA = 'f'.repeat(40);
export const MERGE_SHA = 'e'.repeat(40);

/** A `pull_request` event payload as GitHub sends it (the fields the Action reads, and their neighbours). */
export function pullRequestEvent(baseSha: string, options: { fork?: boolean; number?: number } = {}) {
  const number = options.number ?? 7;
  const baseRepo = { id: 1, name: 'models', full_name: 'acme/models', owner: { login: 'acme', type: 'Organization' }, private: false };
  const headRepo = options.fork ? { id: 2, name: 'models', full_name: 'mallory/models', owner: { login: 'mallory', type: 'User' }, private: false, fork: true } : baseRepo;
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        title: 'Retrain the scorer',
        user: { login: options.fork ? 'mallory' : 'dev', type: 'User' },
        head: { ref: 'retrain', sha: HEAD_SHA, repo: headRepo, label: `${headRepo.owner.login}:retrain` },
        base: { ref: 'main', sha: baseSha, repo: baseRepo, label: 'acme:main' },
      },
      repository: baseRepo,
      sender: { login: options.fork ? 'mallory' : 'dev', type: 'User' },
    },
  };
}

export function runnerEnv(api: GitHubApi): Record<string, string> {
  return {
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'model gate',
    GITHUB_SHA: MERGE_SHA,
  };
}

/** GitHub's side of one repository: check runs, comments and the pull request's files. */
export class FakeGitHub {
  checkRuns: Array<{ id: number; name: string; head_sha: string; external_id?: string; status: string; conclusion?: string; annotations: unknown[]; summary?: string }> = [];
  /** Per operation id, how many times to do the write and then lose the answer (a 500, or `reset`: no answer). */
  doneThenLost = new Map<string, number>();
  lostAs: 'error' | 'reset' = 'error';
  comments: Array<{ id: number; body: string; user: { login: string; type: string } }> = [];
  pullFiles: string[] = [];
  /** Per operation id, responses to send before behaving normally (retries, refusals). */
  failures = new Map<string, ApiResponse[]>();
  /** Operations refused every time (a fork pull request's read-only token). */
  refuse = new Set<string>();
  private nextId = 100;

  handler: Handler = (request, api) => {
    const queued = this.failures.get(request.operation);
    if (queued && queued.length > 0) return queued.shift();
    if (this.refuse.has(request.operation)) return githubErrors.forbidden;
    const response = this.respond(request, api);
    const lost = this.doneThenLost.get(request.operation) ?? 0;
    if (lost > 0) {
      this.doneThenLost.set(request.operation, lost - 1);
      return this.lostAs === 'reset' ? { status: 0 } : { status: 500, body: { message: 'Server Error' } };
    }
    return response;
  };

  private respond: Handler = (request, api) => {
    const body = request.body as Record<string, any>;
    const view = (run: FakeGitHub['checkRuns'][number]) => ({
      id: run.id,
      head_sha: run.head_sha,
      name: run.name,
      external_id: run.external_id ?? null,
      status: run.status,
      conclusion: run.conclusion ?? null,
      html_url: `https://github.com/acme/models/runs/${run.id}`,
      output: { title: null, summary: run.summary ?? null, text: null, annotations_count: run.annotations.length, annotations_url: '' },
    });
    switch (request.operation) {
      case 'checks/create': {
        const run = { id: this.nextId++, name: body.name, head_sha: body.head_sha, external_id: body.external_id, status: body.status ?? 'queued', conclusion: body.conclusion, annotations: [...(body.output?.annotations ?? [])], summary: body.output?.summary };
        this.checkRuns.push(run);
        return { status: 201, body: view(run) };
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(request.params.check_run_id));
        if (!run) return { status: 404, body: { message: 'Not Found' } };
        run.annotations.push(...(body.output?.annotations ?? []));
        if (body.output?.summary) run.summary = body.output.summary;
        if (body.status) run.status = body.status;
        if (body.conclusion) run.conclusion = body.conclusion;
        return { status: 200, body: view(run) };
      }
      case 'checks/get': {
        const run = this.checkRuns.find((r) => r.id === Number(request.params.check_run_id));
        return run ? { status: 200, body: view(run) } : { status: 404, body: { message: 'Not Found' } };
      }
      case 'checks/list-for-ref': {
        const runs = this.checkRuns.filter((r) => r.head_sha === request.params.ref && r.name === request.query.get('check_name'));
        return { status: 200, body: { total_count: runs.length, check_runs: runs.map(view) } };
      }
      case 'issues/list-comments':
        return paginate(this.comments, request, api);
      case 'issues/create-comment': {
        const comment = { id: this.nextId++, body: body.body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        this.comments.push(comment);
        return { status: 201, body: comment };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(request.params.comment_id));
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        comment.body = body.body;
        return { status: 200, body: comment };
      }
      case 'pulls/list-files':
        return paginate(
          this.pullFiles.map((filename, i) => ({ sha: String(i).padStart(40, '0'), filename, status: 'modified', additions: 1, deletions: 0, changes: 1 })),
          request,
          api,
        );
      default:
        return undefined;
    }
  };

  writes(api: GitHubApi): string[] {
    return api.requests.filter((r) => r.method !== 'GET').map((r) => r.operation);
  }
}

export const annotationCount = (github: FakeGitHub) => github.checkRuns.reduce((n, r) => n + r.annotations.length, 0);
