import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const distEmbed = readFileSync(new URL('../../dist/embed.html', import.meta.url), 'utf8');
/** The embed page's module: it registers the element (and configures the first map from the query). */
const moduleSrc = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(distEmbed)?.[1] ?? '';

const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";
const HOSTILE =
  'svg path { stroke: red } div { display: flex } * { font: 40px serif; box-sizing: content-box; line-height: 3 }';

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** Serves an HTML page of the app's own origin (optionally with response headers). */
async function servePage(page: Page, name: string, html: string, headers: Record<string, string> = {}) {
  const url = `${baseURL}${name}`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers, body: html }),
  );
  return url;
}

function small() {
  const keep = ['helsinki', 'tallinn', 'riga'];
  const d = structuredClone(shipped);
  d.cities = d.cities.filter((c: { id: string }) => keep.includes(c.id));
  d.links = d.links.filter(
    (l: { source: string; target: string }) => keep.includes(l.source) && keep.includes(l.target),
  );
  d.groups = [];
  d.priorities = [];
  d.chapters = [];
  return d;
}

const readyCount = (page: Page) => page.locator('archipelago-map[ready]').count();

describe('two maps on a hostile host page', () => {
  it('both work, with their own data, and the host CSS cannot reach inside', async () => {
    open = await openPage({ width: 1300, height: 900 });
    const { page, errors } = open;
    const other = await serveFixture(page, 'small.json', small());
    const url = await servePage(
      page,
      'hostile.html',
      `<!doctype html><html><head><style>${HOSTILE}</style>
      <script type="module" src="${baseURL}${moduleSrc}"></script></head><body>
      <archipelago-map id="a" style="width:600px;height:420px"></archipelago-map>
      <archipelago-map id="b" src="${other}" style="width:600px;height:420px"></archipelago-map>
      </body></html>`,
    );
    await page.goto(url);
    await expect.poll(() => readyCount(page), { timeout: 45_000 }).toBe(2);
    expect(await page.locator('#a [data-city]').count()).toBe(shipped.cities.length);
    expect(await page.locator('#b [data-city]').count()).toBe(3);
    const looks = await page.evaluate(() => {
      const root = document.querySelector('#a')?.shadowRoot;
      const land = root?.querySelector('.land');
      const label = root?.querySelector('.city-label');
      const button = root?.querySelector('.controls button');
      return {
        stroke: land ? getComputedStyle(land).stroke : '',
        labelFont: label ? getComputedStyle(label).fontFamily : '',
        buttonSize: button ? getComputedStyle(button).fontSize : '',
        host: document.querySelector('#a')?.getBoundingClientRect().width,
      };
    });
    expect(looks.stroke).not.toBe('rgb(255, 0, 0)');
    expect(looks.labelFont).not.toMatch(/^serif/);
    expect(looks.buttonSize).not.toBe('40px');
    expect(looks.host).toBe(600);
    expect(errors).toEqual([]);
  });
});

describe('strict Content Security Policy', () => {
  it('becomes ready with no violation reported', async () => {
    open = await openPage();
    const { page } = open;
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const url = await servePage(
      page,
      'csp.html',
      `<!doctype html><html><head><script type="module" src="${baseURL}${moduleSrc}"></script></head>
      <body><archipelago-map style="display:block;height:600px"></archipelago-map></body></html>`,
      { 'Content-Security-Policy': CSP },
    );
    await page.goto(url);
    await waitReady(page);
    expect(await page.locator('archipelago-map [data-city]').count()).toBe(shipped.cities.length);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

describe('the iframe embed', () => {
  it('tells its parent its height, and embed-resize.js sizes only its own iframes', async () => {
    open = await openPage({ width: 1000, height: 800 });
    const { page } = open;
    const url = await servePage(
      page,
      'parent.html',
      `<!doctype html><html><body style="margin:0">
      <iframe data-archipelago src="${baseURL}embed.html?theme=dark" title="map" style="width:800px;height:150px;border:0"></iframe>
      <script src="${baseURL}embed-resize.js"></script></body></html>`,
    );
    await page.goto(url);
    const frame = page.locator('iframe');
    // 16:10 of 800 px.
    await expect
      .poll(() => frame.evaluate((el) => el.getBoundingClientRect().height), { timeout: 45_000 })
      .toBe(500);
    await page.frameLocator('iframe').locator('archipelago-map[ready]').waitFor({ timeout: 45_000 });
    expect(await page.frameLocator('iframe').locator('archipelago-map').getAttribute('theme')).toBe('dark');
    expect(await page.frameLocator('iframe').locator('archipelago-map').getAttribute('controls')).toBe(
      'minimal',
    );
    // A message of the right shape from elsewhere (here: the page itself) is ignored.
    await page.evaluate(() => window.postMessage({ type: 'archipelago:resize', height: 42 }, '*'));
    await page.waitForTimeout(100);
    expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).toBe(500);
  });
});

describe('maps off screen', () => {
  it('create no WebGL context until they scroll into view', async () => {
    open = await openPage();
    const { page } = open;
    const url = await servePage(
      page,
      'long.html',
      `<!doctype html><html><head><script type="module" src="${baseURL}${moduleSrc}"></script></head><body>
      <archipelago-map id="top" style="display:block;height:500px"></archipelago-map>
      <div style="height:4000px"></div>
      <archipelago-map id="late" style="display:block;height:500px"></archipelago-map></body></html>`,
    );
    await page.goto(url);
    await page.locator('#top[ready]').waitFor({ timeout: 45_000 });
    const canvases = () =>
      page.evaluate(
        () => document.querySelector('#late')?.shadowRoot?.querySelectorAll('canvas').length ?? -1,
      );
    expect(await canvases()).toBe(0);
    expect(await page.locator('#late').getAttribute('ready')).toBeNull();
    await page.locator('#late').scrollIntoViewIfNeeded();
    await page.locator('#late[ready]').waitFor({ timeout: 45_000 });
    expect(await canvases()).toBe(1);
  });
});

describe('interface languages', () => {
  const expected: Record<string, { zoomIn: string; legend: string }> = {
    en: { zoomIn: 'Zoom in', legend: 'Legend' },
    fi: { zoomIn: 'Lähennä', legend: 'Selite' },
    sv: { zoomIn: 'Zooma in', legend: 'Teckenförklaring' },
    de: { zoomIn: 'Vergrößern', legend: 'Legende' },
    ru: { zoomIn: 'Приблизить', legend: 'Легенда' },
  };
  it('renders the strings of en, fi, sv, de and ru', async () => {
    open = await openPage();
    const { page } = open;
    await page.goto(`${baseURL}index.html?lang=en`);
    await waitReady(page);
    for (const [lang, words] of Object.entries(expected)) {
      await page.locator('archipelago-map').evaluate((el, l) => el.setAttribute('lang', l), lang);
      await expect
        .poll(() => page.locator('archipelago-map .controls button').first().getAttribute('aria-label'))
        .toBe(words.zoomIn);
      expect(await page.locator('archipelago-map .legend').getAttribute('aria-label')).toBe(words.legend);
    }
    // City names follow the language, with the local name kept in the panel.
    await page.locator('archipelago-map').evaluate((el) => el.setAttribute('lang', 'fi'));
    await expect
      .poll(() => page.locator('archipelago-map .city-label').allTextContents())
      .toContain('Pietari');
  });
});

describe('four maps, four datasets', () => {
  it('each draws its own data, independently', async () => {
    open = await openPage({ width: 1300, height: 900 });
    const { page } = open;
    const keep = [
      ['helsinki', 'tallinn', 'riga'],
      ['berlin', 'warsaw'],
      ['oslo', 'stockholm', 'copenhagen', 'malmo'],
    ];
    const urls: string[] = [];
    for (const [i, ids] of keep.entries()) {
      const d = small();
      d.cities = shipped.cities.filter((c: { id: string }) => ids.includes(c.id));
      d.links = shipped.links.filter(
        (l: { source: string; target: string }) => ids.includes(l.source) && ids.includes(l.target),
      );
      urls.push(await serveFixture(page, `four-${i}.json`, d));
    }
    const url = await servePage(
      page,
      'four.html',
      `<!doctype html><html><head><script type="module" src="${baseURL}${moduleSrc}"></script>
      <style>body{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:0} archipelago-map{height:440px}</style></head><body>
      <archipelago-map id="m0" controls="minimal"></archipelago-map>
      ${urls.map((u, i) => `<archipelago-map id="m${i + 1}" src="${u}" controls="minimal" theme="${['dark', 'light', 'projector'][i]}"></archipelago-map>`).join('')}
      </body></html>`,
    );
    await page.goto(url);
    await expect.poll(() => readyCount(page), { timeout: 45_000 }).toBe(4);
    expect(await page.locator('#m0 [data-city]').count()).toBe(shipped.cities.length);
    for (const [i, ids] of keep.entries()) {
      expect(await page.locator(`#m${i + 1} [data-city]`).count()).toBe(ids.length);
    }
    // Selecting in one map leaves the others alone.
    await page.locator('#m1 [data-city="riga"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#m1').getAttribute('selected')).toBe('riga');
    for (const id of ['#m0', '#m2', '#m3'])
      expect(await page.locator(id).getAttribute('selected')).toBeNull();
  });
});

describe('fitting the host', () => {
  it('follows prefers-color-scheme when no theme is set', async () => {
    open = await openPage();
    const { page } = open;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseURL}embed.html`);
    await waitReady(page);
    expect(await page.locator('archipelago-map .frame').getAttribute('data-theme')).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('archipelago-map .frame').getAttribute('data-theme')).toBe('light');
  });

  it('folds the toolbar into a menu on a phone-sized screen', async () => {
    open = await openPage({ width: 360, height: 700 });
    const { page } = open;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    const menu = page.locator('archipelago-map [data-menu]');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('archipelago-map archipelago-search').count()).toBe(0);
    await menu.click();
    await expect.poll(() => page.locator('archipelago-map archipelago-search').count()).toBe(1);
    const box = await page.locator('archipelago-map').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
  });

  it('shows data errors in the interface language', async () => {
    open = await openPage();
    const { page } = open;
    const bad = structuredClone(shipped);
    bad.links[4].target = 'helsinkii';
    const url = await serveFixture(page, 'bad-fi.json', bad);
    await page.goto(`${baseURL}index.html?lang=fi&src=${encodeURIComponent(url)}`);
    const alert = page.locator('archipelago-map [role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Karttaa ei voitu näyttää');
    expect(text).toContain('links[4].target: tuntematon kaupunki (unknown city "helsinkii")');
  });
});
