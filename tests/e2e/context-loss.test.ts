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
    await expect.poll(() => colours(page)).toBeGreaterThan(20);
    // The overlay and the element's state were never lost.
    expect(await page.locator('archipelago-map').getAttribute('ready')).toBe('');
    await page.locator('archipelago-map [data-city="riga"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('selected')).toBe('riga');
    expect(errors).toEqual([]);
  });
});
