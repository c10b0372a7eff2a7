import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_VIEW_FONT } from '../../scripts/size';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

// Issue #16: the first picture, at every size and in both pages, shows every city clear of the controls,
// with the edge indicators at the edge of the free area; and it fetches only the fonts it draws with.

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** What covers the map: the element's own controls, and MapLibre's attribution. */
const CONTROLS =
  '.toolbar, .legend, .controls, .story, .timeline-slot, .maplibregl-ctrl, button, select, input';
/** Distance of an indicator's centre from the free area's edge (src/overlay/edge-indicators.ts). */
const INDICATOR_INSET = 28;

interface Mark {
  id: string;
  external: boolean;
  indicator: boolean;
  x: number;
  y: number;
  /** What `elementFromPoint` finds on top there: a control's class, or '' when it is the overlay. */
  covered: string;
}

interface FirstView {
  box: { left: number; top: number; right: number; bottom: number };
  free: { left: number; top: number; right: number; bottom: number };
  marks: Mark[];
}

/** Every island and edge indicator, where it is drawn and what is on top of it, and the free area. */
function firstView(page: Page, selector = 'archipelago-map'): Promise<FirstView> {
  return page.evaluate(
    ({ selector, controls }) => {
      const host = document.querySelector(selector) as HTMLElement;
      const root = host.shadowRoot as ShadowRoot;
      const b = host.getBoundingClientRect();
      const box = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      const rect = (s: string) => {
        const r = root.querySelector(s)?.getBoundingClientRect();
        return r?.height ? r : null;
      };
      const legend = rect('.legend:not(.closed)');
      const bottoms = ['.legend.closed', '.maplibregl-ctrl-bottom-right', '.story', '.timeline-slot']
        .map(rect)
        .filter((r) => r !== null)
        .map((r) => r.top);
      const free = {
        left: legend ? legend.right : box.left,
        top: Math.max(box.top, rect('.toolbar')?.bottom ?? box.top),
        right: Math.min(box.right, rect('.controls')?.left ?? box.right),
        bottom: Math.min(box.bottom, ...bottoms),
      };
      const marks = [...root.querySelectorAll('g[data-city]')].map((g) => {
        const hit = g.querySelector('.hit')?.getBoundingClientRect() as DOMRect;
        const x = hit.left + hit.width / 2;
        const y = hit.top + hit.height / 2;
        const top = root.elementFromPoint(x, y);
        const control = top?.closest(controls);
        return {
          id: g.getAttribute('data-city') ?? '',
          external: g.classList.contains('indicator'),
          // An external partner inside the view is drawn at its place, without its arrow.
          indicator: g.classList.contains('indicator') && !g.querySelector('.arrow')?.hasAttribute('hidden'),
          x,
          y,
          covered: control
            ? control.className || control.tagName
            : top?.closest('svg.overlay')
              ? ''
              : String(top?.tagName),
        };
      });
      return { box, free, marks };
    },
    { selector, controls: CONTROLS },
  );
}

function expectClear(view: FirstView, where: string, cities: number): void {
  const islands = view.marks.filter((m) => !m.external);
  expect(islands.length, where).toBe(cities);
  for (const m of view.marks) {
    expect(m.covered, `${where}: ${m.id} is under ${m.covered}`).toBe('');
    const { free } = view;
    expect(m.x, `${where}: ${m.id} left of the free area`).toBeGreaterThanOrEqual(free.left);
    expect(m.x, `${where}: ${m.id} right of the free area`).toBeLessThanOrEqual(free.right);
    expect(m.y, `${where}: ${m.id} above the free area`).toBeGreaterThanOrEqual(free.top);
    expect(m.y, `${where}: ${m.id} below the free area`).toBeLessThanOrEqual(free.bottom);
    if (m.indicator) {
      const edge = Math.min(m.x - free.left, free.right - m.x, m.y - free.top, free.bottom - m.y);
      expect(edge, `${where}: indicator ${m.id} is ${edge} px from the free area's edge`).toBeCloseTo(
        INDICATOR_INSET,
        0,
      );
    }
  }
}

const SIZES = [
  [320, 480],
  [375, 740],
  [600, 400],
  [800, 500],
  [1280, 800],
  [1920, 1080],
] as const;
const METROPOLISES = shipped.cities.filter((c: { kind: string }) => c.kind !== 'external').length;

describe('the first picture at every size', () => {
  for (const pageName of ['index.html', 'embed.html']) {
    it.each(SIZES)(
      `${pageName} at %i×%i: no island or edge indicator under the controls`,
      async (width, height) => {
        open = await openPage({ width, height });
        await open.page.goto(`${baseURL}${pageName}`);
        await waitReady(open.page);
        expectClear(await firstView(open.page), `${pageName} ${width}×${height}`, METROPOLISES);
        expect(open.errors).toEqual([]);
      },
    );
  }
});

/** Cities of the region beyond the 2007 eleven, at their coordinates, to the farthest on the basemap. */
const REGION: [string, string, number, number][] = [
  ['Oulu', 'FI', 25.47, 65.01],
  ['Trondheim', 'NO', 10.4, 63.43],
  ['Oldenburg', 'DE', 8.21, 53.14],
  ['Bremerhaven', 'DE', 8.58, 53.55],
  ['Umeå', 'SE', 20.26, 63.83],
  ['Luleå', 'SE', 22.15, 65.58],
  ['Tampere', 'FI', 23.76, 61.5],
  ['Turku', 'FI', 22.27, 60.45],
  ['Bergen', 'NO', 5.32, 60.39],
  ['Stavanger', 'NO', 5.73, 58.97],
  ['Gothenburg', 'SE', 11.97, 57.71],
  ['Aarhus', 'DK', 10.2, 56.16],
  ['Hamburg', 'DE', 9.99, 53.55],
  ['Bremen', 'DE', 8.81, 53.08],
  ['Kiel', 'DE', 10.13, 54.32],
  ['Lübeck', 'DE', 10.69, 53.87],
  ['Rostock', 'DE', 12.1, 54.09],
  ['Szczecin', 'PL', 14.55, 53.43],
  ['Gdańsk', 'PL', 18.65, 54.35],
  ['Kaliningrad', 'RU', 20.51, 54.71],
  ['Klaipėda', 'LT', 21.14, 55.71],
  ['Kaunas', 'LT', 23.9, 54.9],
  ['Tartu', 'EE', 26.72, 58.38],
  ['Pärnu', 'EE', 24.5, 58.39],
  ['Narva', 'EE', 28.19, 59.38],
  ['Pskov', 'RU', 28.33, 57.82],
  ['Veliky Novgorod', 'RU', 31.27, 58.52],
  ['Petrozavodsk', 'RU', 34.35, 61.79],
  ['Vyborg', 'RU', 28.75, 60.71],
  ['Lappeenranta', 'FI', 28.19, 61.06],
  ['Kuopio', 'FI', 27.68, 62.89],
  ['Jyväskylä', 'FI', 25.73, 62.24],
  ['Vaasa', 'FI', 21.62, 63.1],
  ['Sundsvall', 'SE', 17.31, 62.39],
  ['Gävle', 'SE', 17.14, 60.67],
  ['Uppsala', 'SE', 17.64, 59.86],
  ['Västerås', 'SE', 16.54, 59.61],
  ['Örebro', 'SE', 15.21, 59.27],
  ['Norrköping', 'SE', 16.18, 58.59],
  ['Linköping', 'SE', 15.62, 58.41],
  ['Jönköping', 'SE', 14.16, 57.78],
  ['Kalmar', 'SE', 16.36, 56.66],
  ['Visby', 'SE', 18.29, 57.64],
  ['Karlskrona', 'SE', 15.59, 56.16],
  ['Lund', 'SE', 13.19, 55.7],
  ['Helsingborg', 'SE', 12.69, 56.05],
  ['Odense', 'DK', 10.39, 55.4],
  ['Aalborg', 'DK', 9.92, 57.05],
  ['Esbjerg', 'DK', 8.45, 55.47],
  ['Flensburg', 'DE', 9.43, 54.78],
  ['Poznań', 'PL', 16.93, 52.41],
  ['Bydgoszcz', 'PL', 18.01, 53.12],
  ['Olsztyn', 'PL', 20.49, 53.78],
  ['Białystok', 'PL', 23.16, 53.13],
  ['Grodno', 'BY', 23.83, 53.68],
  ['Daugavpils', 'LV', 26.54, 55.87],
  ['Liepāja', 'LV', 21.01, 56.51],
];

/** The shipped dataset with 57 more cities: 68 on the basemap, Brussels and China beyond. */
function regionDataset() {
  const d = structuredClone(shipped);
  const model = d.cities.find((c: { id: string }) => c.id === 'riga');
  for (const [name, country, lon, lat] of REGION) {
    d.cities.push({
      ...structuredClone(model),
      id: name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]+/g, '-'),
      name: { en: name },
      localLanguages: [],
      country,
      coordinates: [lon, lat],
    });
  }
  d.meta.title = { en: 'Cities of the Baltic Sea Region' };
  d.meta.subtitle = { en: '68 cities, for a test' };
  return d;
}

describe('another dataset', () => {
  it('at 1280×800 shows all its 68 cities clear of the controls, and the page takes its title', async () => {
    open = await openPage({ width: 1280, height: 800 });
    const { page } = open;
    const src = await serveFixture(page, 'region.json', regionDataset());
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(src)}`);
    await waitReady(page);
    expectClear(await firstView(page), 'index.html with 68 cities', METROPOLISES + REGION.length);
    expect(await page.title()).toBe('Cities of the Baltic Sea Region');
    expect(await page.locator('.page-header h1').textContent()).toBe('Cities of the Baltic Sea Region');
    expect(await page.locator('.page-header p').textContent()).toBe('68 cities, for a test');
    expect(open.errors).toEqual([]);
  });
});

describe('fonts before ready', () => {
  it('are exactly the faces the size budget counts as the first view’s (scripts/size.ts)', async () => {
    open = await openPage({ width: 1280, height: 800 });
    const { page } = open;
    await page.addInitScript(() => {
      document.addEventListener('archipelago-ready', () => {
        (window as unknown as { readyAt: number }).readyAt = performance.now();
      });
    });
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    const fonts = await page.evaluate(() => {
      const readyAt = (window as unknown as { readyAt: number }).readyAt;
      return performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= readyAt && /\.woff2?$/.test(e.name))
        .map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
    });
    const counted = readdirSync(new URL('../../dist/assets', import.meta.url)).filter((f) =>
      FIRST_VIEW_FONT.test(f),
    );
    expect(fonts.sort()).toEqual(counted.sort());
  });
});
