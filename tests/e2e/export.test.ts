import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type FilterState, filtersFromChapter } from '../../src/data/filters';
import type { Chapter, Dataset } from '../../src/data/schema';
import { formatIssue, validateDataset } from '../../src/data/validate';
import { baseURL, openPage, type Watched, waitReady } from './harness';

const shippedRaw = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const shippedResult = validateDataset(shippedRaw);
if (!shippedResult.ok) throw new Error('the shipped dataset is invalid');
const shipped: Dataset = shippedResult.dataset;

/** The export API of the element (src/export/*, wired in by the element). */
interface ExportApi {
  exportImage(size: { width: number; height: number }): Promise<Blob>;
  exportSvg(): Promise<string>;
  viewAsChapter(): Promise<string>;
}

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function app(): Promise<Page> {
  open = await openPage({ width: 1280, height: 800 });
  await open.page.goto(`${baseURL}index.html`);
  await waitReady(open.page);
  return open.page;
}

/** Exports a PNG in the page; reads its header and counts the colours of a reduced copy. */
function pngStats(page: Page, size: { width: number; height: number }) {
  return page.evaluate(async (size) => {
    const el = document.querySelector('archipelago-map') as unknown as ExportApi;
    const blob = await el.exportImage(size);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const header = new DataView(bytes.buffer, 0, 24);
    const signature = [...bytes.subarray(0, 8)];
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    const bitmap = await createImageBitmap(blob);
    const copy = document.createElement('canvas');
    copy.width = 480;
    copy.height = 270;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(bitmap, 0, 0, copy.width, copy.height);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const colours = new Map<number, number>();
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      colours.set(key, (colours.get(key) ?? 0) + 1);
      if ((data[i + 3] ?? 0) < 255) transparent++;
    }
    return {
      type: blob.type,
      signature,
      chunk,
      width: header.getUint32(16),
      height: header.getUint32(20),
      bitmap: [bitmap.width, bitmap.height],
      distinct: colours.size,
      topShare: Math.max(...colours.values()) / (copy.width * copy.height),
      transparent,
    };
  }, size);
}

describe('exporting the view', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    it(`exports a ${size.width}×${size.height} PNG with basemap, marks, legend and caption`, async () => {
      const page = await app();
      const stats = await pngStats(page, size);
      expect(stats.type).toBe('image/png');
      expect(stats.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(stats.chunk).toBe('IHDR');
      expect([stats.width, stats.height]).toEqual([size.width, size.height]);
      expect(stats.bitmap).toEqual([size.width, size.height]);
      // Not blank, not one flat colour, not see-through.
      expect(stats.distinct).toBeGreaterThan(50);
      expect(stats.topShare).toBeLessThan(0.8);
      expect(stats.transparent).toBe(0);
      expect(open?.errors).toEqual([]);
    });
  }

  it('exports the overlay as standalone SVG: one mark per shown city, no hidden or screen-only parts', async () => {
    const page = await app();
    // Hidden links must not be exported.
    await page.locator('archipelago-map [data-filter-type="markets"]').uncheck();
    await expect
      .poll(() => page.locator('archipelago-map [data-link][data-type="markets"]:not([hidden])').count())
      .toBe(0);
    const result = await page.evaluate(async () => {
      const el = document.querySelector('archipelago-map') as unknown as ExportApi & HTMLElement;
      const text = await el.exportSvg();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const live = el.shadowRoot?.querySelector('svg.overlay');
      const shown = (selector: string) =>
        [...(live?.querySelectorAll(selector) ?? [])]
          .filter((m) => !m.closest('[hidden]'))
          .map((m) => m.getAttribute(selector.slice(1, -1)) ?? '');
      const root = doc.documentElement;
      const attrs = [...doc.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.name));
      return {
        parseErrors: doc.getElementsByTagName('parsererror').length,
        rootName: root.localName,
        namespace: root.namespaceURI,
        viewBox: (root.getAttribute('viewBox') ?? '').split(' ').map(Number),
        liveSize: [live?.clientWidth ?? 0, live?.clientHeight ?? 0],
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        liveCities: shown('[data-city]'),
        liveLinks: shown('[data-link]'),
        cities: [...doc.querySelectorAll('[data-city]')].map((m) => m.getAttribute('data-city')),
        links: [...doc.querySelectorAll('[data-link]')].map((m) => m.getAttribute('data-link')),
        markets: doc.querySelectorAll('[data-type="markets"]').length,
        hitPaths: doc.querySelectorAll('.link-hit').length,
        hidden: doc.querySelectorAll('[hidden]').length,
        screenOnly: attrs.filter((a) => a === 'tabindex' || a === 'role' || a.startsWith('on')),
        styledLand: doc.querySelector('.land')?.closest('[style]') !== null,
        landFill: (doc.querySelector('.land') as SVGElement | null)?.style.fill ?? '',
        labels: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    });
    expect(result.parseErrors).toBe(0);
    expect(result.rootName).toBe('svg');
    expect(result.namespace).toBe('http://www.w3.org/2000/svg');
    // The overlay's own CSS box, at its own size.
    expect(result.liveSize[0]).toBeGreaterThan(300);
    expect(result.viewBox).toEqual([0, 0, ...result.liveSize]);
    expect([result.width, result.height]).toEqual(result.liveSize);
    // Exactly one mark per city shown on the map.
    expect(result.liveCities.length).toBeGreaterThan(0);
    expect([...result.cities].sort()).toEqual([...result.liveCities].sort());
    for (const city of shipped.cities) {
      const expected = result.liveCities.includes(city.id) ? 1 : 0;
      expect(
        result.cities.filter((id) => id === city.id),
        city.id,
      ).toHaveLength(expected);
    }
    expect([...result.links].sort()).toEqual([...result.liveLinks].sort());
    expect(result.markets).toBe(0);
    expect(result.hitPaths).toBe(0);
    expect(result.hidden).toBe(0);
    expect(result.screenOnly).toEqual([]);
    // Styles are inline (computed), not left to the element's stylesheet.
    expect(result.landFill).toMatch(/^rgb/);
    // Names stay text.
    expect(result.labels).toContain('Helsinki');
  });

  it('copies the view as a chapter that validates and restores the same filters', async () => {
    const page = await app();
    await page.locator('archipelago-map [data-filter-type="markets"]').uncheck();
    await page.evaluate(() => {
      const el = document.querySelector('archipelago-map');
      if (el) el.selected = 'helsinki';
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('archipelago-map')?.viewState.selected))
      .toBe('helsinki');
    const { text, filters } = await page.evaluate(async () => {
      const el = document.querySelector('archipelago-map') as unknown as ExportApi & {
        viewState: { filters: FilterState };
      };
      return { text: await el.viewAsChapter(), filters: el.viewState.filters };
    });
    const chapter = JSON.parse(text) as Chapter;
    const result = validateDataset({ ...shippedRaw, chapters: [...shippedRaw.chapters, chapter] });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);

    expect(chapter.camera && 'center' in chapter.camera).toBe(true);
    const camera = chapter.camera as { center: [number, number]; zoom: number };
    // Somewhere over the Baltic, at a map zoom.
    expect(camera.center[0]).toBeGreaterThan(0);
    expect(camera.center[0]).toBeLessThan(40);
    expect(camera.center[1]).toBeGreaterThan(45);
    expect(camera.center[1]).toBeLessThan(70);
    expect(camera.zoom).toBeGreaterThan(1);
    for (const v of [...camera.center, camera.zoom]) {
      expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6);
    }

    expect(chapter.highlight?.cities?.[0]).toBe('helsinki');
    expect(chapter.highlight?.cities).toContain('tallinn');
    expect(chapter.filters?.linkTypes).not.toContain('markets');
    expect(filters.hiddenTypes).toEqual(['markets']);
    expect(filtersFromChapter(chapter.filters, shipped)).toEqual(filters);
  });
});

describe('every chapter at once', () => {
  it('zips one numbered 1920×1080 PNG per chapter, and returns to the chapter shown', async () => {
    open = await openPage({ width: 1280, height: 800 });
    const { page } = open;
    await page.goto(`${baseURL}index.html?chapter=gulf-of-finland`);
    await waitReady(page);
    const base64 = await page.evaluate(async () => {
      const el = document.querySelector('archipelago-map') as unknown as { exportChapters(): Promise<Blob> };
      const bytes = new Uint8Array(await (await el.exportChapters()).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    });
    const { unzipSync } = await import('fflate');
    const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
    const names = Object.keys(files).sort();
    // A chapter that plays years gives one frame per year.
    const expected = shipped.chapters.flatMap((c, i) => {
      const n = String(i + 1).padStart(2, '0');
      if (!c.play) return [`${n}-${c.id}.png`];
      return Array.from(
        { length: c.play[1] - c.play[0] + 1 },
        (_, k) => `${n}-${c.id}-${c.play![0] + k}.png`,
      );
    });
    expect(names).toEqual(expected.sort());
    expect(names).toContain(`09-growth-1991.png`);
    expect(names).toContain(`09-growth-2007.png`);
    for (const name of names) {
      const png = files[name]!;
      const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
      expect([view.getUint32(16), view.getUint32(20)], name).toEqual([1920, 1080]);
    }
    expect(await page.locator('archipelago-map').getAttribute('chapter')).toBe('gulf-of-finland');
  }, 240_000);
});
