import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EngineBrowser, type EngineName, type EnginePage, launch, waitFor } from './drivers';

// The core set, run in each engine by its own file (chromium.test.ts, firefox.test.ts, webkit.test.ts):
// ready with every city and link and its labels in the intended face, selecting by click and by keyboard,
// a story step with the clicker keys, the timeline's year slider, the simplified map, the iframe embed and its resize message, the
// strict-CSP page, and the standalone file from file://. The rest of the browser tests are Chromium's
// (tests/e2e).

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8')) as {
  cities: { id: string; name: string }[];
  links: { since?: number; until?: number }[];
  chapters: { id: string; title: string }[];
};
/** Links active in year `y` by the timeline's rule, written out again here. */
const activeIn = (y: number) =>
  shipped.links.filter(
    (l) => l.since !== undefined && l.since <= y && (l.until === undefined || l.until >= y),
  ).length;
const standalone = new URL('../../dist-standalone/baltic-archipelago.html', import.meta.url).href;

interface Probe {
  errors: string[];
  violations: string[];
  warnings: string[];
  ready: {
    label: string | null;
    family: string;
    weight: string;
    check: boolean;
    faces: { family: string; weight: string; style: string; status: string }[];
  }[];
}

// Functions run in the page: each is sent as source, so each is self-contained.
const isReady = () => !!document.querySelector('archipelago-map[ready]');
const count = (selector: string) =>
  document.querySelector('archipelago-map')?.shadowRoot?.querySelectorAll(selector).length ?? -1;
const attribute = (name: string) => document.querySelector('archipelago-map')?.getAttribute(name) ?? null;
const probe = () => (window as unknown as { probe: unknown }).probe;
const centre = (selector: string) => {
  const box = document
    .querySelector('archipelago-map')
    ?.shadowRoot?.querySelector(selector)
    ?.getBoundingClientRect();
  return box ? [box.x + box.width / 2, box.y + box.height / 2] : null;
};
const focusIn = (selector: string) => {
  const el = document.querySelector('archipelago-map')?.shadowRoot?.querySelector(selector);
  (el as HTMLElement | SVGElement | null | undefined)?.focus();
  return document.querySelector('archipelago-map')?.shadowRoot?.activeElement === el;
};
const focusedCity = () =>
  document.querySelector('archipelago-map')?.shadowRoot?.activeElement?.getAttribute('data-city') ?? null;

export function coreSuite(engine: EngineName): void {
  const base = inject('engineBaseURL');
  let browser: EngineBrowser;
  let page: EnginePage | undefined;

  beforeAll(async () => {
    browser = await launch(engine);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  async function open(path: string, from = browser): Promise<EnginePage> {
    page = await from.newPage();
    await page.goto(path.startsWith('file:') ? path : `${base}${path}`);
    return page;
  }

  /** Polls `check` (a call that fails is tried again) until it holds. */
  async function waitUntil(p: EnginePage, check: () => Promise<boolean>, timeout = 10_000) {
    const until = Date.now() + timeout;
    let failure: unknown = null;
    for (;;) {
      try {
        if (await check()) return p;
      } catch (error) {
        failure = error;
      }
      if (Date.now() > until)
        throw new Error(`${engine}: condition not met in ${timeout} ms`, { cause: failure });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const noErrors = async (p: EnginePage) => {
    expect(((await p.evaluate(probe)) as Probe).errors).toEqual([]);
    if (p.errors) expect(p.errors).toEqual([]);
  };

  describe(`${engine}: the map`, () => {
    it('becomes ready with every city and link, and no error', async () => {
      const p = await open('engines-app.html');
      await waitFor(p, isReady, []);
      expect(await p.evaluate(count, '[data-city]')).toBe(shipped.cities.length);
      expect(await p.evaluate(count, '[data-link]')).toBe(shipped.links.length);
      // The MapLibre map (WebGL), not the simplified one.
      expect(await p.evaluate(count, 'canvas')).toBeGreaterThan(0);
      expect(await p.evaluate(count, '[data-simplified]')).toBe(0);
      for (const city of shipped.cities)
        expect(await p.evaluate(count, `[data-city="${city.id}"]`), city.id).toBe(1);
      await noErrors(p);
    });

    it('at ready, draws the island labels in the intended face (Noto Sans), not the fallback', async () => {
      const p = await open('engines-app.html');
      await waitFor(p, isReady, []);
      const { ready } = (await p.evaluate(probe)) as Probe;
      expect(ready).toHaveLength(1);
      const at = ready[0]!;
      expect(at.label).toBeTruthy();
      expect(at.family.replace(/["']/g, '')).toMatch(/^Noto Sans,/);
      // Every face of the label's font that covers its text had loaded when `ready` came…
      expect(at.check).toBe(true);
      // …and that is the page's Noto Sans at the labels' weight (650: the 600 or 700 face), not no face at all.
      const loaded = at.faces.filter(
        (f) => f.family === 'Noto Sans' && f.style === 'normal' && ['600', '700'].includes(f.weight),
      );
      expect(loaded.some((f) => f.status === 'loaded')).toBe(true);
    });

    it("when the labels' font never arrives, is ready after the time limit with the fallback and a warning", async () => {
      const p = await open('engines-lost-font.html');
      const started = Date.now();
      await waitFor(p, isReady, [], 50_000);
      // Before the font file's answer (60 s): the element's limit is 3 s (and MapLibre's wait for the
      // basemap's labels is cut at 3 s too); the rest is the machine's load.
      expect(Date.now() - started).toBeLessThan(50_000);
      const { ready, warnings } = (await p.evaluate(probe)) as Probe;
      expect(ready).toHaveLength(1);
      expect(warnings.join('\n')).toMatch(
        /fonts did not load within 3000 ms \(.*650.*Noto Sans.*\); drawing with the fallback font/,
      );
      expect(await p.evaluate(count, '[data-city]')).toBe(shipped.cities.length);
    });
  });

  describe(`${engine}: selecting`, () => {
    it('selects an island by click', async () => {
      const p = await open('engines-app.html');
      await waitFor(p, isReady, []);
      const at = await p.evaluate(centre, '[data-city="riga"] .land');
      expect(at).not.toBeNull();
      await p.clickAt(at![0]!, at![1]!);
      await waitUntil(p, async () => (await p.evaluate(attribute, 'selected')) === 'riga');
      await noErrors(p);
    });

    it('selects by keyboard: Tab reaches an island, arrows move, Enter selects, Escape clears', async () => {
      const p = await open('engines-app.html');
      await waitFor(p, isReady, []);
      // From the top of the page, Tab reaches the islands.
      let reached: string | null = null;
      for (let i = 0; i < 40 && !reached; i++) {
        await p.press('Tab');
        reached = await p.evaluate(focusedCity);
      }
      expect(reached).not.toBeNull();
      // West of Helsinki on the map lies Stockholm.
      expect(await p.evaluate(focusIn, '[data-city="helsinki"]')).toBe(true);
      await p.press('ArrowLeft');
      expect(await p.evaluate(focusedCity)).toBe('stockholm');
      await p.press('Enter');
      await waitUntil(p, async () => (await p.evaluate(attribute, 'selected')) === 'stockholm');
      await p.press('Escape'); // first closes the tooltip
      await p.press('Escape');
      await waitUntil(p, async () => (await p.evaluate(attribute, 'selected')) === null);
      await noErrors(p);
    });
  });

  describe(`${engine}: presenting`, () => {
    it('steps through the story with the clicker keys', async () => {
      const ids = shipped.chapters.map((c) => c.id);
      const p = await open(`engines-app.html?chapter=${ids[0]}`);
      await waitFor(p, isReady, []);
      const title = () =>
        document.querySelector('archipelago-map')?.shadowRoot?.querySelector('[data-chapter-title]')
          ?.textContent ?? null;
      expect(await p.evaluate(title)).toBe(shipped.chapters[0]!.title);
      for (const [key, index] of [
        ['ArrowRight', 1],
        ['PageDown', 2],
        ['PageUp', 1],
        ['ArrowLeft', 0],
      ] as const) {
        await p.press(key);
        await waitUntil(p, async () => (await p.evaluate(attribute, 'chapter')) === ids[index]);
      }
      await p.press('PageDown');
      await waitUntil(p, async () => (await p.evaluate(title)) === shipped.chapters[1]!.title);
      await noErrors(p);
    });
  });

  describe(`${engine}: the timeline`, () => {
    it('moves the year by keyboard; the links and the hash follow', async () => {
      const p = await open('engines-app.html');
      await waitFor(p, isReady, []);
      const focusYear = () => {
        const handle = document
          .querySelector('archipelago-map')
          ?.shadowRoot?.querySelector('archipelago-timeline')
          ?.shadowRoot?.querySelector<HTMLElement>('[data-handle="year"]');
        handle?.focus();
        return handle !== null && handle !== undefined;
      };
      const hash = () => location.hash;
      const shownLinks = () =>
        [
          ...(document.querySelector('archipelago-map')?.shadowRoot?.querySelectorAll('[data-link]') ?? []),
        ].filter((el) => !el.hasAttribute('hidden')).length;
      // The timeline's code arrives after ready.
      await waitUntil(p, async () => (await p.evaluate(focusYear)) === true, 20_000);
      await p.press('Home');
      await waitUntil(p, async () => ((await p.evaluate(hash)) as string).includes('years=1991'));
      await waitUntil(p, async () => (await p.evaluate(shownLinks)) === activeIn(1991));
      await p.press('ArrowRight');
      await p.press('ArrowRight');
      await waitUntil(p, async () => ((await p.evaluate(hash)) as string).includes('years=1993'));
      await waitUntil(p, async () => (await p.evaluate(shownLinks)) === activeIn(1993));
      expect(activeIn(1993)).toBeGreaterThan(activeIn(1991));
      await noErrors(p);
    });
  });

  describe(`${engine}: without WebGL`, () => {
    it('draws the simplified map, every island, and selects by click', async () => {
      const own = await launch(engine, { webgl: false });
      try {
        const p = await open('engines-app.html', own);
        expect(await p.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(false);
        await waitFor(p, isReady, []);
        expect(await p.evaluate(count, '[data-simplified]')).toBe(1);
        expect(await p.evaluate(count, 'canvas')).toBe(0);
        expect(await p.evaluate(count, '[data-city]')).toBe(shipped.cities.length);
        expect(await p.evaluate(count, '[data-link]')).toBe(shipped.links.length);
        const at = await p.evaluate(centre, '[data-city="riga"] .land');
        await p.clickAt(at![0]!, at![1]!);
        await waitUntil(p, async () => (await p.evaluate(attribute, 'selected')) === 'riga');
        await noErrors(p);
        await p.close();
        page = undefined;
      } finally {
        await own.close();
      }
    });
  });

  describe(`${engine}: on other pages`, () => {
    it('in the iframe embed, tells its parent its height; a look-alike message from elsewhere is ignored', async () => {
      const p = await open('engines-parent.html');
      const height = () => document.querySelector('iframe')?.getBoundingClientRect().height ?? -1;
      // 16:10 of 800 px.
      await waitUntil(p, async () => (await p.evaluate(height)) === 500, 45_000);
      const inner = () => {
        const map = document.querySelector('iframe')?.contentDocument?.querySelector('archipelago-map');
        return map?.hasAttribute('ready') ? [map.getAttribute('theme'), map.getAttribute('controls')] : null;
      };
      expect(await waitFor(p, inner, [])).toEqual(['dark', 'minimal']);
      await p.evaluate(() => window.postMessage({ type: 'archipelago:resize', height: 42 }, '*'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await p.evaluate(height)).toBe(500);
      if (p.errors) expect(p.errors).toEqual([]);
    });

    it('under a strict Content Security Policy, becomes ready with no violation', async () => {
      const p = await open('engines-csp.html');
      await waitFor(p, isReady, []);
      expect(await p.evaluate(count, '[data-city]')).toBe(shipped.cities.length);
      expect(((await p.evaluate(probe)) as Probe).violations).toEqual([]);
      await noErrors(p);
    });

    it('from the standalone file on file://, becomes ready with every island and its fonts inside', async () => {
      const p = await open(standalone);
      await waitFor(p, isReady, []);
      expect(await p.evaluate(count, '[data-city]')).toBe(shipped.cities.length);
      expect(
        await p.evaluate(async () => {
          await document.fonts.load('400 16px "Noto Sans"', 'Łódź Rīga Санкт-Петербург');
          return document.fonts.check('400 16px "Noto Sans"', 'Łódź Rīga Санкт-Петербург');
        }),
      ).toBe(true);
      if (p.errors) expect(p.errors).toEqual([]);
    });
  });
}
