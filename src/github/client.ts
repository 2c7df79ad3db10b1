/**
 * The GitHub client every post goes through: @actions/github's Octokit, plus bounded retries.
 * A gate runs on every pull request, so a 502 or a secondary rate limit must not lose the
 * annotations, and a GitHub outage must not hold the job for long: at most `maxAttempts` tries
 * and `budgetMs` of waiting per request, each try aborted after `timeoutMs`. A secondary rate
 * limit without retry-after asks for a minute or more: that is not retried within the budget.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RetryOptions {
  maxAttempts: number;
  /** Total time a request may spend waiting between tries. */
  budgetMs: number;
  /** First backoff after a 5xx or a network error; doubles each time. */
  baseDelayMs: number;
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 3, budgetMs: 60_000, baseDelayMs: 1_000, timeoutMs: 30_000 };

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function createClient(token: string, apiUrl?: string, retry: RetryOptions = DEFAULT_RETRY): GitHubClient {
  const octokit = getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
  octokit.hook.wrap('request', async (request, options) => {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(retry.timeoutMs) } });
      } catch (error) {
        const wait = retryDelay(error as HttpError, attempt, retry, options.method === 'GET');
        const waited = Date.now() - started;
        if (wait === undefined || attempt >= retry.maxAttempts || waited + wait > retry.budgetMs) throw error;
        core.info(
          `modelgate: GitHub answered ${describeStatus(error as HttpError)} to ${options.method} ${String(options.url).replace(/^https?:\/\/[^/]+/, '')}; ` +
            `trying again in ${Math.ceil(wait / 1000)}s (attempt ${attempt + 1} of ${retry.maxAttempts})`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  });
  return octokit;
}

/**
 * How long to wait before trying again, or undefined when trying again cannot help, or could do
 * harm: a write (creating a check run or a comment) that timed out or got a 500 may have been
 * done, so it is repeated only after answers that say it was not (a gateway error, a rate limit).
 */
function retryDelay(error: HttpError, attempt: number, retry: RetryOptions, idempotent: boolean): number | undefined {
  const status = error.status;
  const headers = error.response?.headers ?? {};
  const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
  if (status === undefined || status === 500) return idempotent ? backoff : undefined; // network error, timeout, server error
  if (status === 502 || status === 503 || status === 504) return backoff;
  if (status === 403 || status === 429) {
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000; // secondary rate limit
    if (headers['x-ratelimit-remaining'] === '0') {
      const reset = Number(headers['x-ratelimit-reset']) * 1000;
      return Number.isFinite(reset) ? Math.max(reset - Date.now(), 0) + 1000 : undefined;
    }
  }
  if (status > 504 && idempotent) return backoff;
  return undefined;
}

function describeStatus(error: HttpError): string {
  if (error.status === undefined) return `no response (${error.message ?? 'network error'})`;
  return String(error.status);
}

/**
 * A log line for a refused or failed call that says what to do about it: for 403 and 404,
 * the permission the workflow must grant.
 */
export function explainFailure(error: unknown, what: string, permission: string): string {
  const { status, message } = error as HttpError;
  const detail = message ? `: ${firstLine(message)}` : '';
  if (status === 403 || status === 404) {
    return (
      `modelgate: could not ${what} (${status}${detail}). Grant "permissions: ${permission}" to the job; ` +
      'on a pull request from a fork the token is read-only whatever the workflow asks for.'
    );
  }
  return `modelgate: could not ${what} (${status ?? 'no response'}${detail})`;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.slice(0, 300) ?? '';
}
