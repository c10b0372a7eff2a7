import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function app(query = '', size?: { width: number; height: number }): Promise<Watched> {
  open = await openPage(size);
  await open.page.goto(`${baseURL}index.html${query}`);
  return open;
}

function count(page: Page, selector: string): Promise<number> {
  return page.locator(`archipelago-map ${selector}`).count();
}

/** Distinct colours and the share of the most common one in the map canvas, read back in the page. */
function canvasStats(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('archipelago-map');
    const canvas = host?.shadowRoot?.querySelector('canvas');
    if (!canvas) return null;
    const copy = document.createElement('canvas');
    copy.width = 320;
    copy.height = 200;
    const ctx = copy.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    return { distinct: counts.size, topShare: top / (copy.width * copy.height) };
  });
}

describe('the map itself', () => {
  it('becomes ready with one mark per city, link and group, and nothing leaves the origin', async () => {
    const { page, outside, errors, requests } = await app();
    await waitReady(page);
    // The dataset is fetched once (a second, aborted load would mean the element loads twice).
    expect(requests.filter((u) => /archipelago[^/]*\.json$/.test(u))).toHaveLength(1);
    expect(await count(page, '[data-city]')).toBe(shipped.cities.length);
    expect(await count(page, '[data-link]')).toBe(shipped.links.length);
    expect(await count(page, '[data-group]')).toBe(shipped.groups.length);
    for (const city of shipped.cities) {
      expect(await count(page, `[data-city="${city.id}"]`)).toBe(1);
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws a basemap: the canvas is neither blank nor one flat colour', async () => {
    const { page } = await app();
    await waitReady(page);
    const stats = await canvasStats(page);
    expect(stats).not.toBeNull();
    expect(stats?.distinct).toBeGreaterThan(20);
    // Sea is the largest colour but land covers a real share of the Baltic view.
    expect(stats?.topShare).toBeLessThan(0.8);
  });

  it('fires archipelago-ready once the picture is complete', async () => {
    open = await openPage();
    const { page } = open;
    await page.addInitScript(() => {
      document.addEventListener('archipelago-ready', () => {
        (window as unknown as { readyEvents: number }).readyEvents =
          ((window as unknown as { readyEvents?: number }).readyEvents ?? 0) + 1;
      });
    });
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    expect(await page.evaluate(() => (window as unknown as { readyEvents: number }).readyEvents)).toBe(1);
  });

  it('shows partners beyond the map as indicators on its edge', async () => {
    const { page } = await app();
    await waitReady(page);
    for (const id of ['brussels', 'china']) {
      const box = await page.locator(`archipelago-map [data-city="${id}"]`).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
      expect(box!.y).toBeGreaterThanOrEqual(0);
    }
    const box = (id: string) => page.locator(`archipelago-map [data-city="${id}"]`).boundingBox();
    const [brussels, china, berlin, petersburg] = await Promise.all(
      ['brussels', 'china', 'berlin', 'st-petersburg'].map(box),
    );
    // Brussels lies west of Berlin, China east of St. Petersburg: each indicator sits on that side.
    expect(brussels!.x).toBeLessThan(berlin!.x);
    expect(china!.x + china!.width / 2).toBeGreaterThan(petersburg!.x + petersburg!.width / 2);
  });

  it('keeps every link on its islands while the camera zooms and turns, and exact arcs at rest', async () => {
    const { page } = await app();
    await waitReady(page);
    /** Each link line's two ends and its islands' centres, in the overlay's pixels. */
    const ends = () =>
      page.evaluate((links: { id: string; source: string; target: string }[]) => {
        const root = document.querySelector('archipelago-map')?.shadowRoot;
        const svg = root?.querySelector<SVGSVGElement>('svg.overlay');
        if (!root || !svg) throw new Error('no overlay');
        const toOverlay = (el: SVGGraphicsElement, p: DOMPoint) =>
          p.matrixTransform(svg.getScreenCTM()!.inverse().multiply(el.getScreenCTM()!));
        const centre = (id: string) => {
          const g = root.querySelector<SVGGElement>(`[data-city="${id}"]`)!;
          return toOverlay(g, new DOMPoint(0, 0));
        };
        return links.map(({ id, source, target }) => {
          const line = root.querySelector<SVGPathElement>(`[data-link="${id}"] .link-line`)!;
          const length = line.getTotalLength();
          const [a, b] = [line.getPointAtLength(0), line.getPointAtLength(length)].map((p) =>
            toOverlay(line, p),
          );
          const [s, t] = source < target ? [source, target] : [target, source];
          const [cs, ct] = [centre(s), centre(t)];
          return {
            id,
            moved: line.transform.baseVal.numberOfItems > 0,
            gaps: [Math.hypot(a!.x - cs.x, a!.y - cs.y), Math.hypot(b!.x - ct.x, b!.y - ct.y)],
          };
        });
      }, shipped.links);
    // Mid-flight: every link is its curve between the moved islands' centres (ends hidden by the islands).
    await page.evaluate(() => {
      const view = (document.querySelector('archipelago-map') as unknown as { view: { map: unknown } }).view;
      (view.map as { easeTo(o: object): void }).easeTo({
        center: [24.5, 59.5],
        zoom: 6,
        bearing: 25,
        duration: 20000,
        essential: true,
      });
    });
    await page.waitForTimeout(1500);
    const moving = await ends();
    expect(moving.filter((l) => l.moved).length).toBeGreaterThan(20);
    for (const l of moving.filter((l) => l.moved))
      for (const gap of l.gaps) expect(gap, l.id).toBeLessThan(1);
    // At rest: no matrix, and each end on its island's coast (trimmed), not at its centre.
    await page.evaluate(() => {
      const view = (document.querySelector('archipelago-map') as unknown as { view: { map: unknown } }).view;
      (view.map as { stop(): void }).stop();
    });
    await expect.poll(async () => (await ends()).every((l) => !l.moved)).toBe(true);
    for (const l of await ends()) for (const gap of l.gaps) expect(gap, l.id).toBeGreaterThan(5);
  });

  it('lays the network out again once, where a chain of flights stops, not at each leg’s end', async () => {
    const { page } = await app();
    await waitReady(page);
    // A rest layout writes every link's hit path; moving frames never do.
    const layouts = await page.evaluate(async () => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      const hit = root?.querySelector('[data-link] .link-hit');
      const view = (document.querySelector('archipelago-map') as unknown as { view: { map: unknown } }).view;
      const map = view.map as {
        easeTo(o: object): void;
        once(type: string, f: () => void): void;
      };
      if (!hit) throw new Error('no link');
      // Web fonts arriving mid-chain would measure and lay out the labels again, rightly.
      await document.fonts.ready;
      let writes = 0;
      const seen = new MutationObserver((records) => {
        writes += records.length;
      });
      // From the chain's first move: a layout the page had pending before it (sizes settling after
      // ready) is cancelled by that move or done before it, and is not the chain's.
      map.once('move', () => seen.observe(hit, { attributes: true, attributeFilter: ['d'] }));
      const leg = (camera: object) =>
        new Promise<void>((resolve) => {
          map.once('moveend', resolve);
          map.easeTo({ ...camera, duration: 700, essential: true });
        });
      await leg({ center: [22, 58], zoom: 5.2 });
      await leg({ center: [18, 56], zoom: 4.8 });
      await leg({ center: [20, 57.5], zoom: 4.6 });
      const chained = writes;
      await new Promise((resolve) => setTimeout(resolve, 500));
      seen.disconnect();
      return { chained, settled: writes };
    });
    expect(layouts).toEqual({ chained: 0, settled: 1 });
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps labels and islands apart at ${size.width}×${size.height}`, async () => {
      const { page } = await app('', size);
      await waitReady(page);
      const overlaps = await page.evaluate(() => {
        const root = document.querySelector('archipelago-map')?.shadowRoot;
        if (!root) return ['no shadow root'];
        const boxes = (selector: string) =>
          [...root.querySelectorAll(selector)].map((el) => ({
            name: el.getAttribute('data-city') ?? el.textContent ?? '',
            box: el.getBoundingClientRect(),
          }));
        const islands = boxes('.island:not(.indicator) .land');
        const labels = boxes('.city-label');
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        const found: string[] = [];
        labels.forEach((l, i) => {
          labels.slice(i + 1).forEach((m) => {
            if (hit(l.box, m.box)) found.push(`label ${l.name} / label ${m.name}`);
          });
          islands.forEach((isl) => {
            if (hit(l.box, isl.box)) found.push(`label ${l.name} / island ${isl.name}`);
          });
        });
        islands.forEach((a, i) => {
          islands.slice(i + 1).forEach((b) => {
            if (hit(a.box, b.box)) found.push(`island ${a.name} / island ${b.name}`);
          });
        });
        return found;
      });
      expect(overlaps).toEqual([]);
    });
  }

  it('selects a city by keyboard: Tab, Enter, and Escape clears', async () => {
    const { page } = await app();
    await waitReady(page);
    await page.evaluate(() => {
      (window as unknown as { selections: unknown[] }).selections = [];
      document.addEventListener('archipelago-select', (e) =>
        (window as unknown as { selections: unknown[] }).selections.push((e as CustomEvent).detail),
      );
    });
    const helsinki = page.locator('archipelago-map [data-city="helsinki"]');
    await helsinki.focus();
    expect(await helsinki.evaluate((el) => el.matches(':focus-visible') || el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBe('helsinki');
    expect(await helsinki.getAttribute('class')).toContain('is-selected');
    // A city unrelated to Helsinki fades; a partner does not.
    expect(await page.locator('archipelago-map [data-city="berlin"]').getAttribute('class')).not.toContain(
      'is-faded',
    );
    await page.keyboard.press('Escape'); // first closes the tooltip
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBeNull();
    const selections = await page.evaluate(() => (window as unknown as { selections: unknown[] }).selections);
    expect(selections).toEqual([
      { kind: 'city', id: 'helsinki' },
      { kind: null, id: null },
    ]);
  });

  it('reaches islands with Tab and walks between them with the arrow keys', async () => {
    const { page } = await app();
    await waitReady(page);
    await page.locator('archipelago-map [data-city="helsinki"]').focus();
    await page.keyboard.press('ArrowLeft');
    const focused = await page.evaluate(
      () =>
        document.querySelector('archipelago-map')?.shadowRoot?.activeElement?.getAttribute('data-city') ??
        null,
    );
    // West of Helsinki on the map lies Stockholm.
    expect(focused).toBe('stockholm');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(
      () =>
        document.querySelector('archipelago-map')?.shadowRoot?.activeElement?.getAttribute('data-city') ??
        null,
    );
    expect(next).not.toBeNull();
  });

  it('shows a tooltip on hover and selects on click', async () => {
    const { page } = await app();
    await waitReady(page);
    await page.locator('archipelago-map [data-city="riga"] .land').hover();
    const tooltip = page.locator('archipelago-map [role="tooltip"]');
    await expect.poll(() => tooltip.textContent()).toContain('Riga');
    await page.locator('archipelago-map [data-city="riga"] .land').click();
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBe('riga');
  });

  it('selects a link on click', async () => {
    const { page } = await app();
    await waitReady(page);
    const link = shipped.links.find(
      (l: { source: string; target: string }) => [l.source, l.target].sort().join() === 'berlin,warsaw',
    );
    // A point of the curve, in page coordinates (a curve's bounding box centre is off the line), where
    // no other link lies over it (Brussels–Warsaw runs along it): the middle, or the nearest such point.
    const at = await page.evaluate((id) => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      const path = root?.querySelector<SVGPathElement>(`[data-link="${id}"] .link-line`);
      const m = path?.getScreenCTM();
      if (!root || !path || !m) return null;
      for (let i = 0; i <= 16; i++) {
        // 0.5, 0.45, 0.55, 0.4, 0.6, …: outwards from the middle.
        const f = 0.5 + (i % 2 ? -1 : 1) * Math.ceil(i / 2) * 0.05;
        const p = path.getPointAtLength(path.getTotalLength() * f);
        const at = { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
        if (root.elementFromPoint(at.x, at.y)?.closest('[data-link]')?.getAttribute('data-link') === id)
          return at;
      }
      return null;
    }, link.id);
    expect(at).not.toBeNull();
    await page.evaluate(() =>
      document.addEventListener('archipelago-select', (e) => {
        (window as unknown as { picked: unknown }).picked = (e as CustomEvent).detail;
      }),
    );
    await page.mouse.click(at!.x, at!.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { picked: unknown }).picked))
      .toEqual({ kind: 'link', id: link.id });
    expect(await page.locator(`archipelago-map [data-link="${link.id}"]`).getAttribute('class')).toContain(
      'is-selected',
    );
  });
});

describe('changing the data', () => {
  it('loads a new dataset when src changes, and says ready again', async () => {
    open = await openPage();
    const { page } = open;
    const small = structuredClone(shipped);
    small.cities = small.cities.filter((c: { id: string }) => ['helsinki', 'tallinn', 'riga'].includes(c.id));
    small.links = small.links.filter((l: { source: string; target: string }) =>
      [l.source, l.target].every((id) => ['helsinki', 'tallinn', 'riga'].includes(id)),
    );
    small.groups = [];
    small.priorities = [];
    small.chapters = [];
    const url = await serveFixture(page, 'small.json', small);
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    await page.locator('archipelago-map').evaluate((el, src) => el.setAttribute('src', src), url);
    await expect.poll(() => count(page, '[data-city]')).toBe(3);
    await waitReady(page);
    expect(await count(page, '[data-link]')).toBe(small.links.length);
  });
});

describe('dropping files on the page', () => {
  const example = (name: string) =>
    readFileSync(new URL(`../../examples/csv/${name}`, import.meta.url), 'utf8');

  async function drop(page: Page, files: { name: string; text: string }[]) {
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      document.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, files);
  }

  it('previews spreadsheets (CSV) dropped onto the app', async () => {
    const { page } = await app();
    await waitReady(page);
    await drop(page, [
      { name: 'links.csv', text: example('links.csv') },
      { name: 'cities.csv', text: example('cities.csv') },
      { name: 'groups.csv', text: example('groups.csv') },
    ]);
    await expect.poll(() => count(page, '[data-city]')).toBe(5);
    await waitReady(page);
    expect(await count(page, '[data-link]')).toBe(4);
    expect(await count(page, '[data-group]')).toBe(1);
  });

  it('previews a dataset (JSON) dropped onto the app', async () => {
    const { page } = await app();
    await waitReady(page);
    const small = structuredClone(shipped);
    small.cities = small.cities.slice(0, 4);
    small.links = [];
    small.groups = [];
    small.priorities = [];
    small.chapters = [];
    await drop(page, [{ name: 'mine.json', text: JSON.stringify(small) }]);
    await expect.poll(() => count(page, '[data-city]')).toBe(4);
  });
});

describe('bad input', () => {
  it('shows every problem with its path and sends archipelago-error', async () => {
    open = await openPage();
    const { page } = open;
    const bad = structuredClone(shipped);
    bad.links[4].target = 'helsinkii';
    bad.cities[1].coordinates = [200, 55];
    const url = await serveFixture(page, 'bad.json', bad);
    await page.addInitScript(() => {
      document.addEventListener('archipelago-error', (e) => {
        (window as unknown as { errorDetail: unknown }).errorDetail = (e as CustomEvent).detail;
      });
    });
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    const alert = page.locator('archipelago-map [role="alert"]');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('links[4].target: unknown city "helsinkii"');
    expect(text).toContain('cities[1].coordinates');
    expect(await page.locator('archipelago-map').getAttribute('error')).toBe('');
    expect(await page.locator('archipelago-map').getAttribute('ready')).toBeNull();
    const detail = (await page.evaluate(
      () => (window as unknown as { errorDetail: unknown }).errorDetail,
    )) as {
      issues: { code: string; path: string }[];
    };
    expect(detail.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown-city', path: 'links[4].target' }),
    );
  });

  it('reports a file that is not JSON', async () => {
    open = await openPage();
    const url = await serveFixture(open.page, 'broken.json', '{"cities": [');
    await open.page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    const alert = open.page.locator('archipelago-map [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/JSON/);
  });

  it('reports an HTTP failure', async () => {
    open = await openPage();
    const url = await serveFixture(open.page, 'missing.json', 'not here', 404);
    await open.page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    const alert = open.page.locator('archipelago-map [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('404');
  });

  it('shows a city named with markup as literal text', async () => {
    open = await openPage();
    const { page } = open;
    const hostile = structuredClone(shipped);
    const evil = '<img src=x onerror=alert(1)>';
    hostile.cities[0].name = evil;
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const url = await serveFixture(page, 'hostile.json', hostile);
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(url)}`);
    await waitReady(page);
    const id = hostile.cities[0].id;
    const label = await page.evaluate((cityId) => {
      const root = document.querySelector('archipelago-map')?.shadowRoot;
      const island = root?.querySelector(`[data-city="${cityId}"]`);
      return {
        images: root?.querySelectorAll('img').length ?? -1,
        aria: island?.getAttribute('aria-label') ?? '',
        labels: [...(root?.querySelectorAll('.city-label') ?? [])].map((t) => t.textContent),
      };
    }, id);
    expect(label.images).toBe(0);
    expect(label.labels).toContain(evil);
    expect(label.aria.startsWith(evil)).toBe(true);
    await page.locator(`archipelago-map [data-city="${id}"]`).focus();
    await expect.poll(() => page.locator('archipelago-map [role="tooltip"]').textContent()).toContain(evil);
    expect(dialogs).toBe(0);
  });
});

describe('basemaps', () => {
  it('basemap="<style URL>" draws that style instead', async () => {
    open = await openPage();
    const { page } = open;
    const style = {
      version: 8,
      sources: {},
      layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#ff00ff' } }],
    };
    const url = await serveFixture(page, 'style.json', style);
    await page.goto(`${baseURL}index.html?basemap=${encodeURIComponent(url)}`);
    await waitReady(page);
    const magenta = await page.evaluate(() => {
      const canvas = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('canvas');
      const copy = document.createElement('canvas');
      copy.width = 10;
      copy.height = 10;
      const ctx = copy.getContext('2d');
      if (!canvas || !ctx) return null;
      ctx.drawImage(canvas, 0, 0, 10, 10);
      return [...ctx.getImageData(5, 5, 1, 1).data.slice(0, 3)];
    });
    expect(magenta).toEqual([255, 0, 255]);
    expect(await count(page, '[data-city]')).toBe(shipped.cities.length);
  });

  it('keeps the camera inside the region the basemap covers', async () => {
    const { page } = await app();
    await waitReady(page);
    const box = await page.locator('archipelago-map').boundingBox();
    const cx = box!.x + box!.width / 2;
    const cy = box!.y + box!.height / 2;
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('-');
    }
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(cx - 300, cy - 200);
      await page.mouse.down();
      await page.mouse.move(cx + 400, cy + 300, { steps: 4 });
      await page.mouse.up();
    }
    const camera = await page.evaluate(
      () => document.querySelector('archipelago-map')?.viewState.camera ?? null,
    );
    expect(camera).not.toBeNull();
    // MAX_BOUNDS is [[-8, 45], [48, 71]]: the centre can never reach past it.
    expect(camera!.center[0]).toBeGreaterThanOrEqual(-8);
    expect(camera!.center[1]).toBeLessThanOrEqual(71);
  });

  it('basemap="none" draws only the overlay and still becomes ready', async () => {
    const { page, outside } = await app('?basemap=none');
    await waitReady(page);
    expect(await count(page, '[data-city]')).toBe(shipped.cities.length);
    const stats = await canvasStats(page);
    // Only the sea colour: no land drawn.
    expect(stats?.topShare).toBeGreaterThan(0.99);
    expect(outside).toEqual([]);
  });
});
