/**
 * A local GitHub REST API on 127.0.0.1 that holds every request to GitHub's published contract:
 * the OpenAPI description in @octokit/openapi. A request whose method and path the contract
 * does not have, whose query parameter it does not declare, or whose JSON body breaks the
 * operation's schema (the 50-annotation cap, enums, required fields, types) is a violation;
 * tests assert there are none. Handlers answer like GitHub does, pagination and errors included.
 */
import * as http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

interface Operation {
  operationId: string;
  parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean; schema?: unknown }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, { name: string; in: string; required?: boolean; schema?: unknown }> };
}

let contract: { spec: Spec; ajv: Ajv; routes: Array<{ template: string; pattern: RegExp; literals: number }> } | undefined;

function loadContract() {
  if (contract) return contract;
  const spec = require('@octokit/openapi/generated/api.github.com.json') as Spec;
  // OpenAPI 3.0 schemas: `nullable` is understood by Ajv; x-github and example keywords are not schema keywords.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: true });
  (addFormatsModule as unknown as (ajv: Ajv) => void)(ajv);
  ajv.addSchema(spec as object, 'github');
  const routes = Object.keys(spec.paths).map((template) => {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    return { template, pattern, literals: template.split('/').filter((s) => s && !s.startsWith('{')).length };
  });
  contract = { spec, ajv, routes };
  return contract;
}

const validators = new Map<string, ValidateFunction>();

function bodyValidator(template: string, method: string): ValidateFunction {
  const key = `${method} ${template}`;
  let validate = validators.get(key);
  if (!validate) {
    const pointer = `/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/application~1json/schema`;
    validate = loadContract().ajv.compile({ $ref: `github#${encodeURI(pointer)}` });
    validators.set(key, validate);
  }
  return validate;
}

export interface ApiRequest {
  method: string;
  /** The path as sent, e.g. /repos/acme/models/check-runs/7. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: http.IncomingHttpHeaders;
  /** The contract's operation id, e.g. checks/create. */
  operation: string;
  /** Path parameters, decoded. */
  params: Record<string, string>;
}

export interface ApiResponse {
  /** 0: no answer at all, the connection is reset (a stale keep-alive, a dropped proxy). */
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: ApiRequest, api: GitHubApi) => ApiResponse | undefined;

export interface GitHubApi {
  url: string;
  requests: ApiRequest[];
  /** Requests the contract does not allow, each with the reason. */
  violations: string[];
  close(): Promise<void>;
}

/** Checks a request against the contract; returns the operation or the violations. */
function checkContract(method: string, path: string, query: URLSearchParams, body: unknown, contentType: string | undefined) {
  const { spec, routes } = loadContract();
  const lower = method.toLowerCase();
  const matches = routes.filter((r) => r.pattern.test(path) && spec.paths[r.template]?.[lower]).sort((a, b) => b.literals - a.literals);
  const route = matches[0];
  if (!route) return { violations: [`${method} ${path}: no such operation in GitHub's REST API description`] };
  const operation = spec.paths[route.template]?.[lower] as Operation;
  const violations: string[] = [];
  const names = [...route.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const values = (path.match(route.pattern) ?? []).slice(1);
  const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]));

  const declared = (operation.parameters ?? []).map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop() as string] : p));
  const queryParams = declared.filter((p) => p?.in === 'query');
  for (const name of new Set(query.keys())) {
    const param = queryParams.find((p) => p?.name === name);
    if (!param) {
      violations.push(`${method} ${route.template}: query parameter "${name}" is not in the contract`);
      continue;
    }
    const schema = param.schema as { type?: string; maximum?: number } | undefined;
    const raw = query.get(name) ?? '';
    if (schema?.type === 'integer' && !/^\d+$/.test(raw)) violations.push(`${method} ${route.template}: ${name}=${raw} is not an integer`);
  }
  for (const param of queryParams) {
    if (param?.required && !query.has(param.name ?? '')) violations.push(`${method} ${route.template}: required query parameter ${param.name} missing`);
  }

  if (operation.requestBody?.content?.['application/json']) {
    if (body === undefined) {
      if (operation.requestBody.required) violations.push(`${method} ${route.template}: a JSON body is required`);
    } else {
      if (!contentType?.startsWith('application/json')) violations.push(`${method} ${route.template}: content-type is ${contentType}, not application/json`);
      const validate = bodyValidator(route.template, lower);
      if (!validate(body)) {
        for (const error of validate.errors ?? []) violations.push(`${method} ${route.template}: body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
      }
    }
  } else if (body !== undefined) {
    violations.push(`${method} ${route.template}: the operation takes no body`);
  }
  return { operation: operation.operationId, template: route.template, params, violations };
}

export async function startGitHubApi(handler: Handler): Promise<GitHubApi> {
  loadContract();
  const api: GitHubApi = { url: '', requests: [], violations: [], close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        api.violations.push(`${req.method} ${url.pathname}: the body is not JSON`);
      }
      const checked = checkContract(req.method ?? 'GET', url.pathname, url.searchParams, body, req.headers['content-type']);
      api.violations.push(...checked.violations);
      if (!req.headers.authorization) api.violations.push(`${req.method} ${url.pathname}: no authorization header`);
      if (!checked.operation) {
        send(res, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
        return;
      }
      const request: ApiRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body,
        headers: req.headers,
        operation: checked.operation,
        params: checked.params ?? {},
      };
      api.requests.push(request);
      const response = handler(request, api) ?? { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      send(res, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () => new Promise((resolve) => server.close(() => resolve()));
  return api;
}

function send(res: http.ServerResponse, response: ApiResponse): void {
  if (response.status === 0) {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...response.headers };
  res.writeHead(response.status, headers);
  res.end(response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
}

/** One page of a list, with GitHub's Link header (`rel="next"`, `rel="last"`). */
export function paginate<T>(items: readonly T[], request: ApiRequest, api: GitHubApi): ApiResponse {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30), 100);
  const page = Number(request.query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    return `<${api.url}${request.path}?${query}>; rel="${rel}"`;
  };
  const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), ...(links.length ? { headers: { link: links.join(', ') } } : {}) };
}

/** The error bodies GitHub sends. */
export const githubErrors = {
  forbidden: { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' } },
  secondaryRateLimit: {
    status: 403,
    headers: { 'retry-after': '1' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
  },
  badGateway: { status: 502, body: { message: 'Server Error' } },
  unprocessable: { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }], documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '422' } },
} satisfies Record<string, ApiResponse>;
