import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = inject('baseURL');

let shared: Browser | undefined;

/** The one browser the global setup started, shared by every test file. */
export async function browser(): Promise<Browser> {
  shared ??= await chromium.connect(inject('wsEndpoint'));
  return shared;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests whose host is not this machine. */
  outside: string[];
  /** Console errors, uncaught page errors and failed (or aborted) requests. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export async function openPage(
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Watched> {
  const context = await (await browser()).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => {
    requests.push(r.url());
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && !LOCAL_HOSTS.has(url.hostname)) outside.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GL Driver Message')) errors.push(`console: ${m.text()}`);
  });
  return { context, page, outside, errors, requests };
}

export async function waitReady(page: Page, selector = 'archipelago-map'): Promise<void> {
  await page.waitForSelector(`${selector}[ready]`, { timeout: 45_000 });
}

/** Serves a JSON body (or raw text) at a fixture URL of the app's own origin. */
export async function serveFixture(page: Page, name: string, body: unknown, status = 200): Promise<string> {
  const url = `${baseURL}fixtures/${name}`;
  await page.route(url, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return url;
}
