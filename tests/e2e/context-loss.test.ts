import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, openPage, type Watched, waitReady } from './harness';

let open: Watched | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** Distinct colours in a reduced copy of the map canvas (1 = blank). */
function colours(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('canvas');
    const copy = document.createElement('canvas');
    copy.width = 64;
    copy.height = 40;
    const ctx = copy.getContext('2d');
    if (!canvas || !ctx) return 0;
    ctx.drawImage(canvas, 0, 0, 64, 40);
    const data = ctx.getImageData(0, 0, 64, 40).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return seen.size;
  });
}

describe('a lost WebGL context', () => {
  it('is recovered without a reload when the browser restores it', async () => {
    open = await openPage();
    const { page, errors } = open;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    const before = await colours(page);
    expect(before).toBeGreaterThan(20);
    await page.evaluate(() => {
      const canvas = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('canvas');
      const ext = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      (window as unknown as { lose: unknown }).lose = ext;
      ext?.loseContext();
    });
    await expect.poll(() => colours(page)).toBeLessThan(3);
    await page.evaluate(() =>
      (window as unknown as { lose: { restoreContext(): void } }).lose.restoreContext(),
    );
    // Under load a software context takes a second or two to come back and draw.
    await expect.poll(() => colours(page), { timeout: 10_000 }).toBeGreaterThan(20);
    // The overlay and the element's state were never lost.
    expect(await page.locator('archipelago-map').getAttribute('ready')).toBe('');
    await page.locator('archipelago-map [data-city="riga"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBe('riga');
    expect(errors).toEqual([]);
  });
});

describe('a WebGL context lost for good', () => {
  it('gives way to the simplified SVG map, keeping the camera and the selection', async () => {
    open = await openPage();
    const { page, errors } = open;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    const host = page.locator('archipelago-map');
    await page.locator('archipelago-map [data-city="tallinn"]').click();
    await expect.poll(() => host.getAttribute('selected')).toBe('tallinn');
    await page.evaluate(() => {
      const canvas = document.querySelector('archipelago-map')?.shadowRoot?.querySelector('canvas');
      canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    // Never restored: after the wait (CONTEXT_RESTORE_WAIT_MS) the map is drawn again without WebGL.
    await expect
      .poll(() => page.locator('archipelago-map [data-simplified]').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.locator('archipelago-map .simplified-map .land').count()).toBe(1);
    expect(await page.locator('archipelago-map .maplibregl-canvas').count()).toBe(0);
    expect(await host.getAttribute('ready')).toBe('');
    expect(await host.getAttribute('selected')).toBe('tallinn');
    const [h, t] = await Promise.all(
      ['helsinki', 'tallinn'].map((id) =>
        page.locator(`archipelago-map [data-city="${id}"]`).evaluate((el) => el.getBoundingClientRect().y),
      ),
    );
    expect(h).toBeLessThan(t ?? 0);
    expect(errors).toEqual([]);
  });
});
