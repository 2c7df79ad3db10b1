/**
 * The GitHub client every post goes through: @actions/github's Octokit with
 * @octokit/plugin-throttling (GitHub's documented pacing: one write at a time, a second apart,
 * and waits for the primary and secondary rate limits) and @octokit/plugin-retry (server errors
 * and dropped connections on reads). Each try is aborted after `timeoutMs`.
 *
 * A write that creates something (a check run, annotations, a comment) may have been done even
 * when its answer was lost, so it is never repeated blindly: `writeOnce` asks GitHub whether it
 * landed before trying again (see check-run.ts and comment.ts).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Tries per request, the first included. */
  maxAttempts: number;
  /** Longest rate-limit wait worth taking (a secondary limit without retry-after asks for a minute). */
  maxRateLimitWaitS: number;
  timeoutMs: number;
}

export const DEFAULT_CLIENT: ClientOptions = { maxAttempts: 3, maxRateLimitWaitS: 60, timeoutMs: 30_000 };

/** Writes must not be repeated by the retry plugin: `writeOnce` decides, knowing what landed. */
export const NO_RETRY = { request: { retries: 0 } } as const;

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** A line for the Action's log. */
export type Log = (message: string) => void;

/**
 * The client for `token`. Its lines (waits, retries) go to `log`, which is also the client's
 * `octokit.log.info`, so the writes made through it log to the same run.
 */
export function createClient(token: string, apiUrl: string | undefined, log: Log, options: ClientOptions = DEFAULT_CLIENT): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount + 1 < options.maxAttempts && retryAfter <= options.maxRateLimitWaitS;
    log(`modelgate: GitHub answered 403 (${kind}) to ${request.method} ${shortUrl(request.url)}; ${again ? `trying again in ${retryAfter}s (attempt ${retryCount + 2} of ${options.maxAttempts})` : 'giving up'}`);
    return again;
  };
  // Registered first, so it wraps each try innermost: every try gets its own timeout. (The fetch
  // itself stays @actions/github's, which honours the runner's proxy settings.)
  const timeoutPerTry = (octokit: { hook: { wrap: GitHubClient['hook']['wrap'] } }) => {
    octokit.hook.wrap('request', (request, requestOptions) =>
      request({ ...requestOptions, request: { ...requestOptions.request, signal: AbortSignal.timeout(options.timeoutMs) } }),
    );
  };
  return getOctokit(
    token,
    {
      ...(apiUrl ? { baseUrl: apiUrl } : {}),
      log: { debug: () => undefined, info: log, warn: log, error: log },
      retry: { retries: options.maxAttempts - 1 },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    },
    timeoutPerTry,
    retry,
    throttling,
  );
}

/**
 * One write, tried up to `maxAttempts` times. After an answer that says it was not done (a
 * gateway error), it is tried again; after one that leaves it unknown (a 500, a timeout, a reset
 * connection), `landed` asks GitHub first and its answer is taken when the write was done. Any
 * other error (a refusal, a validation error) is thrown at once.
 */
export async function writeOnce<T>(
  what: string,
  write: () => Promise<T>,
  landed: () => Promise<T | undefined>,
  log: Log,
  options: { maxAttempts: number; baseDelayMs: number } = { maxAttempts: DEFAULT_CLIENT.maxAttempts, baseDelayMs: 1_000 },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const status = (error as HttpError).status;
      const notDone = status === 502 || status === 503 || status === 504;
      const unknown = status === undefined || status === 500;
      if ((!notDone && !unknown) || attempt >= options.maxAttempts) throw error;
      if (unknown) {
        const found = await landed().catch(() => undefined);
        if (found !== undefined) {
          log(`modelgate: GitHub answered ${describeStatus(error as HttpError)} to ${what}, but it was done; carrying on`);
          return found;
        }
      }
      const wait = options.baseDelayMs * 2 ** (attempt - 1);
      log(`modelgate: GitHub answered ${describeStatus(error as HttpError)} to ${what}; trying again in ${Math.ceil(wait / 1000)}s (attempt ${attempt + 1} of ${options.maxAttempts})`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function shortUrl(url: string): string {
  return String(url).replace(/^https?:\/\/[^/]+/, '');
}

function describeStatus(error: HttpError): string {
  if (error.status === undefined || error.status === 500) return error.status === 500 ? '500' : `no response (${error.message ?? 'network error'})`;
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
