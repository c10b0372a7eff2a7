import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { BrowserContext, Browser as PwBrowser, Page as PwPage } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { Builder, Key, Origin, type WebDriver } from 'selenium-webdriver';
import { inject } from 'vitest';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { findFirefox, findMiniBrowser, findWebKitDriver } from '../../scripts/engines.mjs';

/**
 * One small driver interface for the three engines, so that one test file runs the same checks in each:
 * Chromium through playwright-core (the shared browser of the global setup), Firefox ESR through
 * puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through selenium-webdriver (W3C WebDriver).
 * Firefox and WebKit run headful on the global setup's Xvfb display, which gives them WebGL.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export type KeyName =
  | 'Tab'
  | 'Enter'
  | 'Escape'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'PageUp'
  | 'PageDown'
  | 'Home'
  | 'End';

export interface PageOptions {
  width?: number;
  height?: number;
}

export interface EnginePage {
  readonly engine: EngineName;
  /** Opens `url` and returns once its DOM is parsed (the tests then wait for what they need). */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (its source is sent, so it must not close over anything) and returns its result. */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** A mouse click at a point of the viewport, in CSS pixels. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses and releases one key, sent to whatever has focus. */
  press(key: KeyName): Promise<void>;
  /**
   * Console errors and uncaught page errors, where the engine's driver reports them (Chromium, Firefox);
   * `null` in WebKit, whose WebDriver does not (the pages the tests serve record uncaught errors themselves).
   */
  readonly errors: string[] | null;
  close(): Promise<void>;
}

export interface EngineBrowser {
  readonly engine: EngineName;
  newPage(options?: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** false: WebGL switched off, as on locked-down office PCs (the element then draws the simplified map). */
  webgl?: boolean;
}

const source = (fn: (...args: never[]) => unknown) => fn.toString();
const ignoredConsole = (text: string) => text.includes('GL Driver Message');

// ---------------------------------------------------------------------------------------------------
// Chromium (playwright-core)

class PlaywrightPage implements EnginePage {
  readonly engine = 'chromium';
  readonly errors: string[] = [];
  constructor(
    private readonly context: BrowserContext,
    private readonly page: PwPage,
  ) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !ignoredConsole(m.text())) this.errors.push(`console: ${m.text()}`);
    });
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A) {
    // An expression, not `new Function` in the page: a strict CSP forbids that.
    return this.page.evaluate(`(${source(fn as never)}).apply(null, ${JSON.stringify(args)})`) as Promise<
      Awaited<R>
    >;
  }
  async clickAt(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async press(key: KeyName) {
    await this.page.keyboard.press(key);
  }
  async close() {
    await this.context.close();
  }
}

async function launchChromium(options: LaunchOptions): Promise<EngineBrowser> {
  const own = options.webgl === false;
  // The shared browser of the global setup; without WebGL, a browser of its own (these two flags take
  // the software WebGL away).
  const browser: PwBrowser = own
    ? await chromium.launch({
        executablePath: findChromium(),
        args: [...(CHROMIUM_ARGS as string[]), '--disable-webgl', '--disable-webgl2'],
      })
    : await chromium.connect(inject('engineChromiumWs'));
  return {
    engine: 'chromium',
    async newPage(o = {}) {
      const context = await browser.newContext({
        viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
      });
      return new PlaywrightPage(context, await context.newPage());
    },
    async close() {
      await browser.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Firefox (puppeteer-core over WebDriver BiDi)

class PuppeteerPage implements EnginePage {
  readonly engine = 'firefox';
  readonly errors: string[] = [];
  constructor(private readonly page: PpPage) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${(e as Error).message ?? String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !ignoredConsole(m.text())) this.errors.push(`console: ${m.text()}`);
    });
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A) {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<Awaited<R>>;
  }
  async clickAt(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async press(key: KeyName) {
    await this.page.keyboard.press(key);
  }
  async close() {
    await this.page.close();
  }
}

async function launchFirefox(options: LaunchOptions): Promise<EngineBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: run `node scripts/engines.mjs` or set FIREFOX_PATH');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    // Headful on the virtual display: headless Firefox has no WebGL.
    headless: false,
    env: { ...process.env, DISPLAY: inject('engineDisplay') },
    extraPrefsFirefox: options.webgl === false ? { 'webgl.disabled': true } : {},
  });
  return {
    engine: 'firefox',
    async newPage(o = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width: o.width ?? 1280, height: o.height ?? 800 });
      return new PuppeteerPage(page);
    },
    async close() {
      await browser.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, with selenium-webdriver)

const KEYS: Record<KeyName, string> = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN,
  Home: Key.HOME,
  End: Key.END,
};

/**
 * One WebDriver call, named: with ENGINES_DEBUG set it is logged with its time, and one that has not
 * answered in `limitMs` fails with its name instead of leaving the test to time out without one.
 */
function step<T>(what: string, work: () => Promise<T>, limitMs = 60_000): Promise<T> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`webkit: ${what} did not answer in ${limitMs} ms`)), limitMs);
  });
  return Promise.race([work(), limit]).finally(() => {
    clearTimeout(timer);
    if (process.env.ENGINES_DEBUG) console.error(`webkit: ${what} ${Date.now() - started} ms`);
  });
}

class WebDriverPage implements EnginePage {
  readonly engine = 'webkit';
  readonly errors = null;
  constructor(private readonly driver: WebDriver) {}
  async goto(url: string) {
    // Page load strategy "none" (see newPage): `get` returns at once; the parsed document is waited for here.
    await step(`get ${url}`, () => this.driver.get(url));
    const target = url.split('#')[0] ?? url;
    await waitFor(
      this,
      (want: string) => location.href.split('#')[0] === want && document.readyState !== 'loading',
      [target],
      30_000,
    );
  }
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A) {
    // W3C "execute script" waits for a returned promise.
    const body = source(fn as never);
    return step(`script ${body.slice(0, 50)}`, () =>
      this.driver.executeScript(`return (${body}).apply(null, arguments)`, ...args),
    ) as Promise<Awaited<R>>;
  }
  async clickAt(x: number, y: number) {
    await step(`click ${x},${y}`, () =>
      this.driver
        .actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .press()
        .release()
        .perform(),
    );
  }
  async press(key: KeyName) {
    await step(`key ${key}`, () => this.driver.actions().keyDown(KEYS[key]).keyUp(KEYS[key]).perform());
  }
  async close() {
    await step('quit', () => this.driver.quit());
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer in 20 s');
}

async function launchWebKit(options: LaunchOptions): Promise<EngineBrowser> {
  const driverPath = findWebKitDriver();
  const binary = findMiniBrowser();
  if (!driverPath || !binary)
    throw new Error('No WebKitWebDriver or MiniBrowser: run `node scripts/engines.mjs`');
  const port = await freePort();
  const child = spawn(driverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: inject('engineDisplay') },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForDriver(url, child);
  const args = ['--automation'];
  if (options.webgl === false) args.push('--enable-webgl=false');
  return {
    engine: 'webkit',
    async newPage(o = {}) {
      // A session per page: each is a fresh MiniBrowser (about a second here).
      const driver = await step('new session', () =>
        new Builder()
          .usingServer(url)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary, args },
            // With "normal" or "eager", WebKitWebDriver sometimes never answered a script after the app's
            // history.replaceState/pushState (the page idle, the call pending for minutes, under load):
            // "none" does not wait for navigations; goto waits for the document itself.
            pageLoadStrategy: 'none',
          })
          .build(),
      );
      // A call that hangs anyway fails after 20 s (waitFor then tries again) instead of never.
      await step('timeouts', () => driver.manage().setTimeouts({ script: 20_000, pageLoad: 20_000 }));
      await step('window size', () =>
        driver
          .manage()
          .window()
          .setRect({ width: o.width ?? 1280, height: o.height ?? 800 }),
      );
      return new WebDriverPage(driver);
    },
    async close() {
      child.kill();
    },
  };
}

export function launch(engine: EngineName, options: LaunchOptions = {}): Promise<EngineBrowser> {
  if (engine === 'chromium') return launchChromium(options);
  if (engine === 'firefox') return launchFirefox(options);
  return launchWebKit(options);
}

/** Polls `evaluate(fn)` until it returns something truthy (a call that fails is tried again); returns that. */
export async function waitFor<R, A extends unknown[]>(
  page: EnginePage,
  fn: (...args: A) => R | Promise<R>,
  args: A,
  timeout = 45_000,
): Promise<Awaited<R>> {
  const until = Date.now() + timeout;
  let failure: unknown = null;
  for (;;) {
    try {
      const value = await page.evaluate(fn, ...args);
      if (value) return value;
      failure = null;
    } catch (error) {
      // A document being replaced (or a WebDriver call that timed out): ask again.
      failure = error;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeout} ms waiting for ${fn.toString()}`, { cause: failure });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
