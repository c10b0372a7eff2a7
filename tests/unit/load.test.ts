import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  formatBytes,
  formatSeconds,
  loadDataset,
  parseDataset,
} from '../../src/data/load';

type Fetch = typeof globalThis.fetch;

const URL_ = 'data/archipelago.json';
const shippedText = readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8');

/** A fetch stub that answers every request with the given response (or its result). */
function answer(make: () => Response | Promise<Response>) {
  return vi.fn<Fetch>(async () => make());
}

/** A fetch stub that never answers (and ignores the abort signal, like a stuck server). */
const never = () => vi.fn<Fetch>(() => new Promise<Response>(() => {}));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it('loads, parses and validates a dataset', async () => {
    const fetch = answer(
      () => new Response(shippedText, { headers: { 'content-type': 'application/json' } }),
    );
    const result = await loadDataset(URL_, { fetch });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.cities).toHaveLength(13);
    expect(fetch).toHaveBeenCalledWith(URL_, expect.objectContaining({ signal: expect.any(AbortSignal) }));
  });

  it('uses the global fetch by default', async () => {
    const fetch = answer(() => new Response(shippedText));
    vi.stubGlobal('fetch', fetch);
    expect((await loadDataset(URL_)).ok).toBe(true);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('reports an HTTP failure', async () => {
    const fetch = answer(() => new Response('missing', { status: 404, statusText: 'Not Found' }));
    expect(await loadDataset(URL_, { fetch })).toEqual({
      ok: false,
      issues: [{ code: 'http', path: '', message: 'HTTP 404 Not Found while loading data/archipelago.json' }],
    });
  });

  it('names the status when the server sends no status text (HTTP/2)', async () => {
    const fetch = answer(() => new Response('', { status: 503 }));
    expect(await loadDataset(URL_, { fetch })).toEqual({
      ok: false,
      issues: [
        {
          code: 'http',
          path: '',
          message: 'HTTP 503 Service Unavailable while loading data/archipelago.json',
        },
      ],
    });
  });

  it('reports a network failure with its cause', async () => {
    const fetch = vi.fn<Fetch>(async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:80') });
    });
    expect(await loadDataset(URL_, { fetch })).toEqual({
      ok: false,
      issues: [
        {
          code: 'network',
          path: '',
          message:
            'network error while loading data/archipelago.json: fetch failed (connect ECONNREFUSED 127.0.0.1:80)',
        },
      ],
    });
  });

  it('reports a fetch that throws synchronously as a network failure', async () => {
    const fetch = vi.fn<Fetch>(() => {
      throw new TypeError('Failed to parse URL from ::');
    });
    expect(await loadDataset('::', { fetch })).toEqual({
      ok: false,
      issues: [
        { code: 'network', path: '', message: 'network error while loading ::: Failed to parse URL from ::' },
      ],
    });
  });

  it('reports a timeout when there is no answer, and aborts the request', async () => {
    const fetch = never();
    const result = await loadDataset(URL_, { fetch, timeoutMs: 20 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'timeout', path: '', message: 'no answer within 0.02 s while loading data/archipelago.json' },
      ],
    });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.signal?.aborted).toBe(true);
  });

  it('reports a timeout when the body stalls', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"meta":'));
      },
    });
    const fetch = answer(() => new Response(stalled));
    const result = await loadDataset(URL_, { fetch, timeoutMs: 20 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'timeout', path: '', message: 'no answer within 0.02 s while loading data/archipelago.json' },
      ],
    });
  });

  it('reports a body that is not JSON, with the parser position', async () => {
    const fetch = answer(() => new Response('{\n  "meta": {}\n  "cities": []\n}'));
    const result = await loadDataset(URL_, { fetch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.code).toBe('not-json');
    expect(issue?.path).toBe('');
    // The parser's own words differ between engines; the position is turned into line and column.
    expect(issue?.message).toMatch(/^the file is not valid JSON: .*position 17.* \(line 3, column 3\)$/);
  });

  it('reports an HTML page served instead of the JSON', async () => {
    const fetch = answer(() => new Response('<!doctype html><title>Not here</title>'));
    const result = await loadDataset(URL_, { fetch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('not-json');
    expect(result.issues[0]?.path).toBe('');
    expect(result.issues[0]?.message).toMatch(/^the file is not valid JSON: .+/);
  });

  it('reports a body that is not UTF-8', async () => {
    const fetch = answer(() => new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(await loadDataset(URL_, { fetch })).toEqual({
      ok: false,
      issues: [
        {
          code: 'not-json',
          path: '',
          message: 'data/archipelago.json is not UTF-8 text, so it cannot be JSON',
        },
      ],
    });
  });

  it('reports a body larger than maxBytes, declared by Content-Length', async () => {
    const fetch = answer(() => new Response('{}', { headers: { 'content-length': '3000000' } }));
    expect(await loadDataset(URL_, { fetch, maxBytes: 2 * 1024 * 1024 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too-large',
          path: '',
          message: 'too large: data/archipelago.json is 2.9 MB, more than the limit of 2 MB',
        },
      ],
    });
  });

  it('stops reading a body that grows past maxBytes', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const fetch = answer(() => new Response(endless));
    expect(await loadDataset(URL_, { fetch, maxBytes: 4096 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too-large',
          path: '',
          message: 'too large: data/archipelago.json is larger than the limit of 4 kB',
        },
      ],
    });
    expect(pulls).toBeLessThan(10);
  });

  it('passes validation issues through', async () => {
    const bad = JSON.parse(shippedText);
    bad.links[4].target = 'helsinkii';
    const fetch = answer(() => new Response(JSON.stringify(bad)));
    expect(await loadDataset(URL_, { fetch })).toEqual({
      ok: false,
      issues: [{ code: 'unknown-city', path: 'links[4].target', message: 'unknown city "helsinkii"' }],
    });
  });

  it('rejects with an AbortError when the caller aborts while waiting', async () => {
    const controller = new AbortController();
    const fetch = never();
    const pending = loadDataset(URL_, { fetch, signal: controller.signal, timeoutMs: 10_000 });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const fetch = never();
    await expect(loadDataset(URL_, { fetch, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects with the abort reason the caller gave', async () => {
    const controller = new AbortController();
    const reason = new Error('superseded');
    const pending = loadDataset(URL_, { fetch: never(), signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('has documented defaults', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(formatSeconds(15_000)).toBe('15 s');
    expect(formatSeconds(20)).toBe('0.02 s');
    expect(formatBytes(DEFAULT_MAX_BYTES)).toBe('20 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(4096)).toBe('4 kB');
    expect(formatBytes(12)).toBe('12 bytes');
  });

  it('says "no answer within 15 s" with the default timeout', async () => {
    vi.useFakeTimers();
    try {
      const pending = loadDataset(URL_, { fetch: never() });
      await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS);
      expect(await pending).toEqual({
        ok: false,
        issues: [
          { code: 'timeout', path: '', message: 'no answer within 15 s while loading data/archipelago.json' },
        ],
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('parseDataset', () => {
  it('parses and validates', () => {
    expect(parseDataset(shippedText).ok).toBe(true);
  });

  it('ignores a byte-order mark', () => {
    expect(parseDataset(`\uFEFF${shippedText}`).ok).toBe(true);
  });

  it('reports empty text', () => {
    expect(parseDataset('  \n')).toEqual({
      ok: false,
      issues: [{ code: 'not-json', path: '', message: 'the file is empty; expected a JSON object' }],
    });
  });

  it('reports trailing commas with line and column', () => {
    const result = parseDataset('{\n  "meta": {},\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe('not-json');
      expect(result.issues[0]?.path).toBe('');
      expect(result.issues[0]?.message).toMatch(/^the file is not valid JSON: .+\(line 3, column 1\)$/);
    }
  });

  it('reports valid JSON that is not a dataset', () => {
    expect(parseDataset('[]')).toEqual({
      ok: false,
      issues: [{ code: 'schema', path: '', message: 'the dataset must be a JSON object; got an array of 0' }],
    });
  });
});
