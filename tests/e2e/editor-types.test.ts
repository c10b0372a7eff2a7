import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y-checks';
import { baseURL, openPage, type Watched } from './harness';

// Issue #20, link types and their colours: the editor's "Link types" tab adds, renames, reorders,
// recolours and deletes types, each change one step to undo; a type's colour reaches the map's links and
// the editor says where it falls under 3:1 against the basemap.

const EDIT_URL = `${baseURL}index.html?edit`;

let open: Watched[] = [];
afterEach(async () => {
  for (const w of open) {
    expect(w.outside, 'requests that left the origin').toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  }
  open = [];
});

async function openTypes(query = ''): Promise<Page> {
  const w = await openPage();
  open.push(w);
  await w.page.goto(`${EDIT_URL}${query}`);
  await w.page.waitForFunction(
    () => (document.querySelector('archipelago-editor')?.dataset.cities?.length ?? 0) > 0,
    null,
    { timeout: 30_000 },
  );
  await w.page.locator('archipelago-editor [data-tab="linkTypes"]').click();
  return w.page;
}

const editor = (page: Page, selector: string) => page.locator(`archipelago-editor ${selector}`);
const types = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('archipelago-editor')?.dataset.linkTypes ?? []) as {
        id: string;
        label: unknown;
        color?: string;
      }[],
  );

/** What has the keyboard focus, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { path: el?.getAttribute('data-path') ?? null, item: el?.getAttribute('data-item') ?? null };
  });

async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never got there; last: ${JSON.stringify(await focused(page))}`);
}

/** The stroke of the map's links of a type, once the map shows the draft with `color` drawn. */
async function waitLinkStroke(page: Page, type: string, rgb: string): Promise<void> {
  await page.waitForFunction(
    ([type, rgb]) => {
      const map = document.querySelector('archipelago-editor')?.shadowRoot?.querySelector('archipelago-map');
      const lines = map?.shadowRoot?.querySelectorAll(`g[data-type="${type}"] .link-line`) ?? [];
      return lines.length > 0 && [...lines].every((l) => getComputedStyle(l).stroke === rgb);
    },
    [type, rgb] as const,
    { timeout: 45_000 },
  );
}

describe('link types in the editor', () => {
  it('adds a type by keyboard, names it, and moves it up with Alt+↑, each one step to undo', async () => {
    const page = await openTypes();
    const before = await types(page);
    await editor(page, '[data-add="linkTypes"]').focus();
    await page.keyboard.press('Enter');
    const n = before.length;
    // The new type's id field has the focus.
    expect((await focused(page)).path).toBe(`linkTypes[${n}].id`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('ferry-line');
    await tabTo(page, (f) => f.path === `linkTypes[${n}].label.en`);
    await page.keyboard.type('Ferry line');
    let now = await types(page);
    expect(now.at(-1)).toEqual({ id: 'ferry-line', label: { en: 'Ferry line' } });

    await editor(page, `.items [data-item="${n}"]`).focus();
    await page.keyboard.press('Alt+ArrowUp');
    now = await types(page);
    expect(now[n - 1]?.id).toBe('ferry-line');
    expect(now[n]?.id).toBe(before[n - 1]?.id);
    // The keyboard stays on the moved type.
    expect((await focused(page)).item).toBe(String(n - 1));

    await editor(page, '[data-undo]').click();
    expect((await types(page)).at(-1)?.id).toBe('ferry-line');
  });

  it('recolours a type: the map draws its links in the colour, undo gives the palette back', async () => {
    const page = await openTypes('&theme=light');
    await editor(page, '.items [data-item="0"]').click();
    const [first] = await types(page);
    if (!first) throw new Error('no link type');
    await waitLinkStroke(page, first.id, 'rgb(179, 64, 11)');
    await editor(page, '[data-path="linkTypes[0].color"]').fill('#1d5fa8');
    expect((await types(page))[0]?.color).toBe('#1d5fa8');
    await waitLinkStroke(page, first.id, 'rgb(29, 95, 168)');
    // The legend's swatch too.
    await editor(page, 'archipelago-map .legend-toggle').click();
    const swatch = editor(page, `archipelago-map label:has([data-filter-type="${first.id}"]) svg path`);
    expect(await swatch.getAttribute('stroke')).toBe('#1d5fa8');
    // The picker shows the colour typed.
    expect(await editor(page, '.type-color input[type="color"]').inputValue()).toBe('#1d5fa8');

    await editor(page, '[data-undo]').click();
    expect((await types(page))[0]?.color).toBeUndefined();
    await waitLinkStroke(page, first.id, 'rgb(179, 64, 11)');
  });

  it('warns, in words, where a colour falls under 3:1, and shows what the map draws there instead', async () => {
    const page = await openTypes('&theme=light');
    await editor(page, '[data-path="linkTypes[0].color"]').fill('#ccdde8');
    const light = editor(page, '[data-contrast="light"]');
    expect(await light.getAttribute('data-low')).toBe('true');
    expect(await light.textContent()).toContain('drawn as #7a858b');
    const verdict = editor(page, '[role="status"][data-contrast-verdict]');
    expect(await verdict.getAttribute('data-contrast-verdict')).toBe('light projector');
    expect(await verdict.textContent()).toContain('Below 3:1 in Light, Projector');
    // Near the light sea, the map draws it darker.
    await waitLinkStroke(page, (await types(page))[0]?.id ?? '', 'rgb(122, 133, 139)');

    // A colour that stands out on the light map: no warning for the light theme.
    await editor(page, '[data-path="linkTypes[0].color"]').fill('#1d5fa8');
    expect(await light.getAttribute('data-low')).toBe('false');
    expect(await light.textContent()).not.toContain('⚠');
    expect(await verdict.textContent()).not.toContain('Light');
  });

  it('refuses to delete a type in use, saying what uses it, and deletes an unused one', async () => {
    const page = await openTypes();
    await editor(page, '.items [data-item="0"]').click();
    expect(await editor(page, '.form [data-delete]').isDisabled()).toBe(true);
    expect(await editor(page, '[data-type-used]').textContent()).toMatch(/Partnerships: \S+/);
    await editor(page, '[data-add="linkTypes"]').click();
    const count = (await types(page)).length;
    await editor(page, '.form [data-delete]').click();
    expect((await types(page)).length).toBe(count - 1);
  });

  it.each(['light', 'dark', 'projector'])(
    'passes axe on the Link types tab in the %s theme',
    async (theme) => {
      const page = await openTypes(`&theme=${theme}`);
      await editor(page, '.items [data-item="1"]').click();
      await editor(page, '[data-path="linkTypes[1].color"]').fill('#ccdde8');
      await page.waitForSelector('archipelago-editor [data-contrast="dark"]');
      await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
      expect(await axeViolations(page, `link types ${theme}`)).toEqual([]);
    },
  );
});
