import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { MAX_LINKS } from '../../src/data/validate';
import { CANVAS_LINK_THRESHOLD, LARGE_LABEL_LIMIT } from '../../src/overlay/svg-overlay';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** Distinct colours drawn on the links' canvas (1 = blank). */
function canvasColours(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('canvas.link-canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return 0;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97)
      seen.add(
        ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0),
      );
    return seen.size;
  });
}

describe('a large network', () => {
  it('loads 2,000 cities and 10,000 links on the canvas renderer and stays usable', async () => {
    open = await openPage();
    const { page, errors } = open;
    const big = syntheticDataset({ cities: 2000, links: 10_000, seed: 7 });
    const url = await serveFixture(page, 'big.json', big);
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    await waitReady(page);
    const host = page.locator('archipelago-map');
    expect(await host.getAttribute('renderer')).toBe('canvas');
    expect(await page.locator('archipelago-map [data-city]').count()).toBe(2000);
    expect(await page.locator('archipelago-map [data-link]').count()).toBe(0);
    expect(await canvasColours(page)).toBeGreaterThan(20);
    // Crowded names are left out rather than piled up; only the cities that may be named get a text.
    const labels = await page.evaluate(() => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      const all = [...(root?.querySelectorAll('.city-label') ?? [])];
      return { all: all.length, shown: all.filter((l) => !l.hasAttribute('hidden')).length };
    });
    expect(labels.all).toBe(LARGE_LABEL_LIMIT);
    expect(labels.shown).toBeGreaterThan(20);
    expect(labels.shown).toBeLessThan(600);

    // An island still takes a click, and the search finds a city by name.
    const id = big.cities[0]?.id ?? '';
    await page.locator(`archipelago-map [data-city="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => host.getAttribute('selected')).toBe(id);

    // Zooming in moves the picture and redraws it when the camera rests.
    const spot = () =>
      page
        .locator(`archipelago-map [data-city="${big.cities[1]?.id}"]`)
        .evaluate((el) => el.getBoundingClientRect().x);
    const before = await spot();
    await host.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(spot).not.toBe(before);
    await expect.poll(() => canvasColours(page)).toBeGreaterThan(20);

    // A link on the canvas is found under the pointer and selected by a click: the pointer goes to a
    // drawn pixel of the link canvas where nothing covers the map.
    const findHit = () =>
      page.evaluate(() => {
        const el = document.querySelector('archipelago-map');
        const canvas = el?.shadowRoot?.querySelector('canvas.link-canvas');
        if (!el || !(canvas instanceof HTMLCanvasElement)) return null;
        const box = el.getBoundingClientRect();
        const rect = canvas.getBoundingClientRect();
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
        if (!data) return null;
        // The most opaque pixel (a link's core, not its anti-aliased edge) wins.
        let best: { x: number; y: number; alpha: number } | null = null;
        for (let py = 0; py < canvas.height; py += 3)
          for (let px = 0; px < canvas.width; px += 3) {
            const alpha = data[(py * canvas.width + px) * 4 + 3] ?? 0;
            if (alpha < 100 || (best && alpha <= best.alpha)) continue;
            const x = rect.left + (px * rect.width) / canvas.width;
            const y = rect.top + (py * rect.height) / canvas.height;
            if (x < box.left + 400 || x > box.right - 100 || y < box.top + 200 || y > box.bottom - 100)
              continue;
            if (el.shadowRoot?.elementFromPoint(x, y)?.closest('.map')) best = { x, y, alpha };
          }
        return best;
      });
    // The canvas is drawn again once the camera rests after the zoom: look until a link is there.
    await expect.poll(findHit, { timeout: 20_000 }).not.toBeNull();
    const hit = await findHit();
    expect(hit).not.toBeNull();
    if (!hit) return;
    await page.mouse.click(hit.x, hit.y);
    const ids = new Set(big.links.map((l) => l.id));
    await expect
      .poll(() => page.evaluate(() => document.querySelector('archipelago-map')?.viewState.link))
      .toSatisfy((id) => typeof id === 'string' && ids.has(id));
    expect(errors).toEqual([]);
  });

  it(`keeps SVG links (with their hooks) up to ${CANVAS_LINK_THRESHOLD} links`, async () => {
    open = await openPage();
    const { page, errors } = open;
    const url = await serveFixture(
      page,
      'mid.json',
      syntheticDataset({ cities: 120, links: CANVAS_LINK_THRESHOLD, seed: 3 }),
    );
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    await waitReady(page);
    expect(await page.locator('archipelago-map').getAttribute('renderer')).toBeNull();
    expect(await page.locator('archipelago-map [data-link]').count()).toBe(CANVAS_LINK_THRESHOLD);
    expect(errors).toEqual([]);
  });

  it('says "too large" for a file beyond the item limits instead of freezing', async () => {
    open = await openPage();
    const { page } = open;
    const base = syntheticDataset({ cities: 50, links: 10, seed: 1 });
    const link = base.links[0];
    const huge = {
      ...base,
      links: Array.from({ length: MAX_LINKS + 1 }, (_, i) => ({ ...link, id: `l${i}` })),
    };
    const url = await serveFixture(page, 'huge.json', huge);
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    const alert = page.locator('archipelago-map [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/too large/i);
    expect(await alert.textContent()).toContain('links');
    expect(await page.locator('archipelago-map').getAttribute('error')).not.toBeNull();
    expect(await page.locator('archipelago-map').getAttribute('ready')).toBeNull();
  });
});
