import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { axeViolations } from './a11y-checks';
import { baseURL } from './harness';

// A browser of its own, with WebGL switched off as on locked-down office PCs (on this Chromium,
// `--use-gl=swiftshader` still gives software WebGL; these two flags take it away).
let browser: Browser;
const dataset = JSON.parse(readFileSync('data/archipelago.json', 'utf8')) as {
  cities: unknown[];
  links: unknown[];
  groups: unknown[];
};
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...(CHROMIUM_ARGS as string[]), '--disable-webgl', '--disable-webgl2'],
  });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, reducedMotion: 'reduce' | 'no-preference' = 'reduce') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${baseURL}${path}`);
  await page.waitForSelector('archipelago-map[ready]', { timeout: 45_000 });
  return { context, page, errors };
}

function centreOf(page: Page, id: string) {
  return page.locator(`archipelago-map [data-city="${id}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
  });
}

describe('without WebGL', () => {
  it('draws the simplified map: basemap, every island, links, groups and labels, and says so', async () => {
    const { context, page, errors } = await open('index.html');
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
    const host = page.locator('archipelago-map');
    expect(await host.getAttribute('error')).toBeNull();
    expect(await page.locator('archipelago-map [role="alert"]').count()).toBe(0);
    const notice = page.locator('archipelago-map [data-simplified]');
    await expect.poll(() => notice.textContent()).toContain('Simplified map');
    expect(await notice.getAttribute('role')).toBe('status');
    // The same embedded basemap, in SVG: land and coast drawn, sea and country names.
    const basemap = await page.evaluate(() => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      return {
        land: root?.querySelector('.simplified-map .land')?.getAttribute('d')?.length ?? 0,
        coast: root?.querySelector('.simplified-map .coast')?.getAttribute('d')?.length ?? 0,
        labels: [
          ...(root?.querySelectorAll('.simplified-map .map-labels text[visibility="visible"]') ?? []),
        ].map((t) => t.textContent),
        canvases: root?.querySelectorAll('canvas').length ?? -1,
      };
    });
    expect(basemap.land).toBeGreaterThan(10_000);
    expect(basemap.coast).toBeGreaterThan(10_000);
    expect(basemap.labels).toContain('Baltic Sea');
    expect(basemap.canvases).toBe(0);
    expect(await page.locator('archipelago-map [data-city]').count()).toBe(dataset.cities.length);
    expect(await page.locator('archipelago-map [data-link]').count()).toBe(dataset.links.length);
    expect(await page.locator('archipelago-map [data-group]').count()).toBe(dataset.groups.length);
    // Islands sit where the map is: Helsinki north of Tallinn, Stockholm west of both.
    const [hx, hy] = await centreOf(page, 'helsinki');
    const [tx, ty] = await centreOf(page, 'tallinn');
    const [sx] = await centreOf(page, 'stockholm');
    expect(hy).toBeLessThan(ty);
    expect(Math.abs(hx - tx)).toBeLessThan(30);
    expect(sx).toBeLessThan(hx - 100);
    expect(await axeViolations(page, 'simplified map')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pans, zooms, and selects an island with its panel', async () => {
    const { context, page, errors } = await open('index.html');
    // A drag on open water (no mark under the pointer) pans the map.
    const [x0, y0] = await centreOf(page, 'berlin');
    await page.mouse.move(560, 140);
    await page.mouse.down();
    await page.mouse.move(500, 110, { steps: 5 });
    await page.mouse.up();
    const [x1, y1] = await centreOf(page, 'berlin');
    expect(x1 - x0).toBeCloseTo(-60, -1);
    expect(y1 - y0).toBeCloseTo(-30, -1);

    const gap = async () => {
      const [a] = await centreOf(page, 'stockholm');
      const [b] = await centreOf(page, 'helsinki');
      return b - a;
    };
    const before = await gap();
    await page.locator('archipelago-map').getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(gap).toBeGreaterThan(before * 1.5);

    await page.locator('archipelago-map [data-city="riga"]').click();
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBe('riga');
    await expect
      .poll(() => page.locator('archipelago-map archipelago-panel h2').first().textContent())
      .toContain('Riga');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows the story's camera from chapter to chapter", async () => {
    const { context, page, errors } = await open('index.html?chapter=archipelago');
    const spread = async () => {
      const [a] = await centreOf(page, 'helsinki');
      const [b] = await centreOf(page, 'tallinn');
      const [, c] = await centreOf(page, 'helsinki');
      const [, d] = await centreOf(page, 'tallinn');
      return Math.hypot(a - b, c - d);
    };
    const wide = await spread();
    await page.goto(`${baseURL}index.html?chapter=gulf-of-finland`);
    await page.waitForSelector('archipelago-map[ready]');
    await expect.poll(spread).toBeGreaterThan(wide * 1.5);
    await page.locator('archipelago-map').press('ArrowLeft');
    await expect
      .poll(() => page.locator('archipelago-map').getAttribute('chapter'))
      .not.toBe('gulf-of-finland');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a PNG of the simplified map', async () => {
    const { context, page, errors } = await open('index.html');
    const size = await page.evaluate(async () => {
      const el = document.querySelector('archipelago-map') as HTMLElement & {
        exportImage(size: { width: number; height: number }): Promise<Blob>;
      };
      const bitmap = await createImageBitmap(await el.exportImage({ width: 1920, height: 1080 }));
      return [bitmap.width, bitmap.height];
    });
    expect(size).toEqual([1920, 1080]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
