/**
 * Loading a dataset over HTTP: `loadDataset(url)` fetches, limits size and time, parses and validates.
 *
 * It resolves with a `ValidationResult` for every outcome (HTTP error, network failure, timeout,
 * oversized or non-JSON body, invalid data) and never rejects — with ONE exception: when the caller's
 * `opts.signal` aborts, the promise rejects with the signal's reason (by default a `DOMException`
 * named `AbortError`), so a caller can tell a superseded load from a failed one and ignore it.
 */
import { describeValue } from './schema';
import { failure, type ValidationResult, validateDataset } from './validate';

export interface LoadOptions {
  /** The fetch to use (default: the global one). Tests pass stubs. */
  fetch?: typeof fetch;
  /**
   * Give up after this long, for the whole load including the body (default 15 000 ms). `Infinity`
   * (or a negative value) means no time limit.
   */
  timeoutMs?: number;
  /** Aborting it rejects the load with the abort reason (the one exception to "never rejects"). */
  signal?: AbortSignal;
  /** Largest accepted body in bytes (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Longest delay `setTimeout` accepts; longer timeouts mean "no timeout". */
const MAX_TIMER_MS = 2_147_483_647;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** `15000` → `"15 s"`, `20` → `"0.02 s"`. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** `20971520` → `"20 MB"`, `1572864` → `"1.5 MB"`, `4096` → `"4 kB"`, `12` → `"12 bytes"` (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) {
      const cause = (error as { cause?: unknown }).cause;
      const causeText = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
      return `${error.message || error.name}${causeText}`;
    }
    return String(error);
  } catch {
    return 'unknown error';
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The dataset load was aborted.', 'AbortError');
}

/**
 * JSON.parse + validateDataset. A leading byte-order mark is ignored. Parse errors become a
 * `not-json` issue with the parser's message (and line and column when it gives a position).
 */
export function parseDataset(text: string): ValidationResult {
  if (typeof text !== 'string')
    return failure('not-json', '', `expected JSON text; got ${describeValue(text)}`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure('not-json', '', 'the file is empty; expected a JSON object');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return failure('not-json', '', `the file is not valid JSON: ${jsonErrorText(error, body)}`);
  }
  return validateDataset(data);
}

function jsonErrorText(error: unknown, text: string): string {
  const message = errorText(error);
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

type Body = { text: string } | { bytes: Uint8Array } | { tooLarge: true };

/** Reads the body, stopping as soon as it exceeds maxBytes. */
async function readBody(response: Response, maxBytes: number): Promise<Body> {
  const stream = response.body;
  if (!stream || typeof stream.getReader !== 'function') {
    const text = await response.text();
    const bytes = new TextEncoder().encode(text).length;
    return bytes > maxBytes ? { tooLarge: true } : { text };
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes: all };
}

/**
 * Fetches, parses and validates the dataset at `url`. Resolves with a `ValidationResult` for every
 * outcome; rejects only when `opts.signal` aborts (with its reason, by default an `AbortError`).
 */
export async function loadDataset(url: string, opts: LoadOptions = {}): Promise<ValidationResult> {
  const { signal } = opts;
  if (signal?.aborted) throw abortReason(signal);

  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timeoutResult = () =>
    failure('timeout', '', `no answer within ${formatSeconds(timeoutMs)} while loading ${url}`);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;

  const work = async (): Promise<ValidationResult> => {
    const fetchFn = opts.fetch ?? globalThis.fetch;
    if (typeof fetchFn !== 'function')
      return failure('network', '', `cannot load ${url}: fetch is not available`);
    let response: Response;
    try {
      response = await fetchFn(url, { signal: controller.signal });
    } catch (error) {
      if (timedOut) return timeoutResult();
      return failure('network', '', `network error while loading ${url}: ${errorText(error)}`);
    }
    if (!response.ok) {
      const statusText = response.statusText || STATUS_TEXT[response.status] || '';
      return failure(
        'http',
        '',
        `HTTP ${response.status}${statusText ? ` ${statusText}` : ''} while loading ${url}`,
      );
    }
    const limit = formatBytes(maxBytes);
    const declared = Number(response.headers?.get?.('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      return failure(
        'too-large',
        '',
        `too large: ${url} is ${formatBytes(declared)}, more than the limit of ${limit}`,
      );
    }
    let body: Body;
    try {
      body = await readBody(response, maxBytes);
    } catch (error) {
      if (timedOut) return timeoutResult();
      return failure('network', '', `the connection failed while reading ${url}: ${errorText(error)}`);
    }
    if ('tooLarge' in body)
      return failure('too-large', '', `too large: ${url} is larger than the limit of ${limit}`);
    if ('text' in body) return parseDataset(body.text);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    } catch {
      return failure('not-json', '', `${url} is not UTF-8 text, so it cannot be JSON`);
    }
    return parseDataset(text);
  };

  const outcomes: Promise<ValidationResult>[] = [
    work().catch((error) => failure('network', '', `could not load ${url}: ${errorText(error)}`)),
  ];
  if (Number.isFinite(timeoutMs) && timeoutMs >= 0 && timeoutMs <= MAX_TIMER_MS) {
    outcomes.push(
      new Promise((resolve) => {
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`no answer within ${formatSeconds(timeoutMs)}`, 'TimeoutError'));
          resolve(timeoutResult());
        }, timeoutMs);
      }),
    );
  }
  if (signal) {
    outcomes.push(
      new Promise((_, reject) => {
        onAbort = () => {
          reject(abortReason(signal));
          controller.abort(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }),
    );
  }
  try {
    return await Promise.race(outcomes);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
}
