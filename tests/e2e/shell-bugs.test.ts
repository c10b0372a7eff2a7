import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

// Bugs found while splitting the element into a shell with controllers (each failed before its fix).

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

const FAR = { center: [-70, 40] as [number, number], zoom: 3, bearing: 0 };

async function cameraAfterJump(page: Page): Promise<[number, number] | undefined> {
  return page.evaluate(async (camera) => {
    const el = document.querySelector('archipelago-map');
    if (!el) return undefined;
    el.viewState = { ...el.viewState, camera };
    await new Promise((r) => setTimeout(r, 300));
    return el.viewState.camera?.center;
  }, FAR);
}

describe('the element shell', () => {
  it('keeps the camera to the region over the embedded basemap, and frees it for a foreign style', async () => {
    open = await openPage();
    const { page } = open;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    const bounded = await cameraAfterJump(page);
    expect(bounded?.[0]).toBeGreaterThan(-20);

    const style = await serveFixture(page, 'style.json', {
      version: 8,
      sources: {},
      layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } }],
    });
    await page.evaluate(
      (url) => document.querySelector('archipelago-map')?.setAttribute('basemap', url),
      style,
    );
    await expect.poll(() => page.locator('archipelago-map[ready]').count(), { timeout: 30_000 }).toBe(1);
    const free = await cameraAfterJump(page);
    expect(free?.[0]).toBeCloseTo(-70, 1);
    expect(free?.[1]).toBeCloseTo(40, 1);
  });

  it('sends one archipelago-select when the panel chooses the city already selected', async () => {
    open = await openPage();
    const { page } = open;
    await page.goto(`${baseURL}index.html#city=helsinki`);
    await waitReady(page);
    await page.locator('archipelago-map archipelago-panel').waitFor();
    const events = await page.evaluate(async () => {
      const el = document.querySelector('archipelago-map');
      const seen: unknown[] = [];
      el?.addEventListener('archipelago-select', (e) => seen.push((e as CustomEvent).detail));
      const panel = el?.shadowRoot?.querySelector('archipelago-panel');
      panel?.dispatchEvent(
        new CustomEvent('archipelago-panel-action', {
          detail: { action: 'select-city', id: 'helsinki', show: ['helsinki'] },
          bubbles: true,
        }),
      );
      await new Promise((r) => setTimeout(r, 100));
      return { seen, selected: el?.getAttribute('selected') };
    });
    expect(events.seen).toEqual([{ kind: 'city', id: 'helsinki' }]);
    expect(events.selected).toBe('helsinki');
  });

  it('follows its size again after being moved in the DOM', async () => {
    open = await openPage({ width: 1280, height: 800 });
    const { page } = open;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    const menu = page.locator('archipelago-map [data-menu]');
    expect(await menu.count()).toBe(0);
    await page.evaluate(() => {
      const el = document.querySelector('archipelago-map');
      const box = document.createElement('div');
      box.id = 'moved';
      box.style.cssText = 'position:relative;width:1200px;height:700px';
      document.body.append(box);
      if (el) {
        el.style.height = '100%';
        box.append(el);
      }
    });
    await waitReady(page);
    await page.evaluate(() => {
      const box = document.getElementById('moved');
      if (box) box.style.width = '480px';
    });
    // Below 600 px wide the toolbar folds into a menu: the element saw its new size.
    await expect.poll(() => menu.count(), { timeout: 10_000 }).toBe(1);
  });

  it("keeps its parts' own events inside its shadow root", async () => {
    open = await openPage();
    const { page } = open;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    await page.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      for (const type of [
        'archipelago-search-choose',
        'archipelago-panel-action',
        'archipelago-table-select',
      ])
        document.addEventListener(type, () => w.heard.push(type));
    });
    const search = page.locator('archipelago-map archipelago-search input');
    await search.fill('riga');
    await search.press('Enter');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBe('riga');
    await page.locator('archipelago-map archipelago-panel').waitFor();
    await page.locator('archipelago-map [data-table-toggle]').click();
    await page.locator('archipelago-map archipelago-tables [data-row-city] th button').first().click();
    await expect.poll(() => page.locator('archipelago-map [data-close-table]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });
});
