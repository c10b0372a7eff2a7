import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { waitReady } from './harness';
import { type Offline, openOffline } from './offline';

// The one-file build (`npm run build:standalone`, run by `npm test` before the browser tests), opened from
// disk with the network off, as on a conference laptop. A file the editor makes from it is opened the same
// way in tests/e2e/editor-save.test.ts.
const fileUrl = new URL('../../dist-standalone/baltic-archipelago.html', import.meta.url);
const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

let open: Offline | undefined;
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

async function openStandalone(query = ''): Promise<Offline> {
  open = await openOffline(`${fileUrl.href}${query}`);
  return open;
}

describe('the standalone file', () => {
  it('is one file: no script or stylesheet loaded from another file', () => {
    const file = readFileSync(fileURLToPath(fileUrl), 'utf8');
    // The markup only: inline script bodies (which may quote HTML, like the embed snippets) are left out.
    // Inside them "</script" is escaped, so the first closing tag really ends each one.
    const html = file.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
    expect(html).toMatch(/<script\b/i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    // Every <link> that points somewhere points into the file itself.
    const linkHrefs = [...html.matchAll(/<link\b[^>]*\bhref\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? '');
    expect(linkHrefs.filter((href) => !href.startsWith('data:'))).toEqual([]);
    // Fonts, dataset and basemap are inside too, never beside it.
    expect(html).not.toMatch(/url\((?!["']?data:)[^)]*\.(woff2?|json)/i);
  });

  it('becomes ready from file:// with every island and no network request', async () => {
    const { page, attempted, errors } = await openStandalone();
    await waitReady(page);
    expect(await page.locator('archipelago-map [data-city]').count()).toBe(shipped.cities.length);
    for (const city of shipped.cities) {
      expect(await page.locator(`archipelago-map [data-city="${city.id}"]`).count()).toBe(1);
    }
    // The fonts are inside: Noto Sans draws Latin Extended and Cyrillic with no system font.
    expect(
      await page.evaluate(async () => {
        await document.fonts.load('400 16px "Noto Sans"', 'Łódź Rīga Санкт-Петербург');
        return document.fonts.check('400 16px "Noto Sans"', 'Łódź Rīga Санкт-Петербург');
      }),
    ).toBe(true);
    // The 1:10m coast is inside as well: zooming in past the hand-over brings it in without a request.
    await page.evaluate(() => {
      const host = document.querySelector('archipelago-map') as unknown as {
        view: { map: { jumpTo(o: { zoom: number }): void } };
      };
      host.view.map.jumpTo({ zoom: 7 });
    });
    await page.waitForFunction(
      () => {
        const host = document.querySelector('archipelago-map') as unknown as {
          view: { map: { getLayer(id: string): { maxzoom?: number } | undefined } };
        };
        // addHighResolution caps the 1:50m land at the hand-over zoom once the 1:10m data is in.
        return (host.view.map.getLayer('land-50m')?.maxzoom ?? 24) < 24;
      },
      undefined,
      { timeout: 20_000 },
    );
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes the query parameters on a file:// URL', async () => {
    const { page, attempted, errors } = await openStandalone('?theme=projector&chapter=governance');
    await waitReady(page);
    const host = page.locator('archipelago-map');
    expect(await host.getAttribute('theme')).toBe('projector');
    expect(await host.getAttribute('chapter')).toBe('governance');
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('presents offline, with a speaker view that follows the main window', async () => {
    const { page, attempted, errors } = await openStandalone('?chapter=archipelago');
    await waitReady(page);
    await page.locator('archipelago-map .frame').focus();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const second = shippedTitle(1);
    await expect.poll(() => popup.locator('body').textContent()).toContain(shippedTitle(0));
    await page.locator('archipelago-map .frame').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('archipelago-map').getAttribute('chapter')).not.toBe('archipelago');
    await expect.poll(() => popup.title()).toContain(second);
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
  });
});

function shippedTitle(index: number): string {
  const data = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
  return data.chapters[index].title;
}
