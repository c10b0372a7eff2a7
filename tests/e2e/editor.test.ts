import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y-checks';
import { baseURL, openPage, type Watched } from './harness';

// Issue #19: the editor's core on `index.html?edit` — forms by keyboard, checking as you type, undo and
// redo, and a draft that is kept in IndexedDB, restored, discarded, refused without IndexedDB and guarded
// against a second tab. Each test gets a fresh browser context, so a fresh IndexedDB.

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const EDIT_URL = `${baseURL}index.html?edit`;

let open: Watched[] = [];
afterEach(async () => {
  for (const w of open) {
    expect(w.outside, 'requests that left the origin').toEqual([]);
    await w.context.close();
  }
  open = [];
});

async function openEditor(options: { init?: () => void; query?: string } = {}): Promise<Watched> {
  const w = await openPage();
  open.push(w);
  if (options.init) await w.page.addInitScript(options.init);
  await w.page.goto(`${EDIT_URL}${options.query ?? ''}`);
  await waitDraft(w.page);
  return w;
}

/** Until the editor has a draft with cities (from the map's dataset or the kept draft). */
async function waitDraft(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const e = document.querySelector('archipelago-editor');
      return !!e?.shadowRoot?.querySelector('[data-add]') && (e.dataset.cities?.length ?? 0) > 0;
    },
    null,
    { timeout: 30_000 },
  );
}

const draftText = (page: Page) =>
  page.evaluate(() => JSON.stringify(document.querySelector('archipelago-editor')?.dataset));
const draft = async (page: Page) => JSON.parse(await draftText(page));

/** What has the keyboard focus, through shadow roots: its `data-*` and id. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      path: el?.getAttribute('data-path') ?? null,
      add: el?.getAttribute('data-add') ?? null,
      tab: el?.getAttribute('data-tab') ?? null,
      addSource: el?.hasAttribute('data-add-source') ?? false,
      tag: el?.tagName.toLowerCase() ?? null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; the keyboard alone. */
async function tabTo(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  back = false,
): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached the field; last: ${JSON.stringify(await focused(page))}`);
}

async function typeInto(page: Page, path: string, text: string): Promise<void> {
  await tabTo(page, (f) => f.path === path);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const editor = (page: Page, selector: string) => page.locator(`archipelago-editor ${selector}`);

describe('the editor (index.html?edit)', () => {
  it('starts from the current dataset, and creates a city and a partnership by keyboard alone', async () => {
    const { page } = await openEditor();
    expect((await draft(page)).cities).toHaveLength(shipped.cities.length);
    const n = shipped.cities.length;

    await tabTo(page, (f) => f.add === 'cities');
    await page.keyboard.press('Enter');
    await typeInto(page, `cities[${n}].id`, 'turku');
    await typeInto(page, `cities[${n}].name.en`, 'Turku');
    await typeInto(page, `cities[${n}].country`, 'FI');
    await typeInto(page, `cities[${n}].coordinates[0]`, '22.27');
    await typeInto(page, `cities[${n}].coordinates[1]`, '60.45');
    const city = (await draft(page)).cities[n];
    expect(city).toEqual({
      id: 'turku',
      kind: 'metropolis',
      name: { en: 'Turku' },
      country: 'FI',
      coordinates: [22.27, 60.45],
    });

    const l = shipped.links.length;
    await tabTo(page, (f) => f.tab === 'links', true);
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.add === 'links');
    await page.keyboard.press('Enter');
    await typeInto(page, `links[${l}].id`, 'turku-helsinki');
    await tabTo(page, (f) => f.path === `links[${l}].source`);
    await page.keyboard.type('Turku');
    await tabTo(page, (f) => f.path === `links[${l}].target`);
    await page.keyboard.type('Helsinki');
    await typeInto(page, `links[${l}].description.en`, 'Twin cities across the Archipelago Sea');
    await tabTo(page, (f) => f.addSource);
    await page.keyboard.press('Enter');
    await typeInto(page, `links[${l}].sources[0].title`, 'City of Turku');
    const link = (await draft(page)).links[l];
    expect(link).toMatchObject({
      id: 'turku-helsinki',
      source: 'turku',
      target: 'helsinki',
      description: { en: 'Twin cities across the Archipelago Sea' },
      sources: [{ title: 'City of Turku' }],
    });
    await expect.poll(() => editor(page, '[data-download]').isEnabled()).toBe(true);
    // The map beside the panel shows the draft: the new island is there.
    await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
    await expect
      .poll(() => page.locator('archipelago-editor archipelago-map [data-city="turku"]').count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
  });

  it('shows a problem at its field with the validator message and path, lists it, and disables download', async () => {
    const { page } = await openEditor();
    const events: unknown[] = [];
    await page.exposeFunction('__edit', (d: unknown) => events.push(d));
    await page.evaluate(() =>
      document.querySelector('archipelago-editor')?.addEventListener('archipelago-edit', (e) => {
        (window as unknown as { __edit: (d: unknown) => void }).__edit(e.detail);
      }),
    );
    await editor(page, '[data-path="cities[0].country"]').fill('fin');
    const field = editor(page, '[data-path="cities[0].country"]');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const described = await field.getAttribute('aria-describedby');
    const problem = editor(page, `#${described}`);
    expect(await problem.textContent()).toContain(
      'country must be an ISO 3166-1 alpha-2 code such as "FI"; got "fin"',
    );
    expect(await problem.textContent()).toContain('cities[0].country');
    expect(await editor(page, '[data-download]').isDisabled()).toBe(true);
    expect(await editor(page, '#download-why').textContent()).toContain('(1 now)');
    expect(events.at(-1)).toEqual({
      valid: false,
      issues: [{ code: 'schema', path: 'cities[0].country', message: expect.stringContaining('got "fin"') }],
    });
    // The list of problems leads to the field.
    await editor(page, '[data-tab="links"]').click();
    await editor(page, '[data-problem="cities[0].country"]').click();
    await expect.poll(async () => (await focused(page)).path).toBe('cities[0].country');
    await field.fill('DE');
    await expect.poll(() => editor(page, '[data-download]').isEnabled()).toBe(true);
  });

  it('undoes and redoes by keys and buttons, and downloads the dataset with $schema first', async () => {
    const { page } = await openEditor();
    const before = await draftText(page);
    const field = editor(page, '[data-path="cities[0].country"]');
    await field.fill('SE');
    await editor(page, '[data-path="cities[0].name.en"]').fill('Berlin (edited)');
    const after = await draftText(page);
    await page.keyboard.press('Control+Z');
    expect((await draft(page)).cities[0].name.en).toBe('Berlin');
    await page.keyboard.press('Control+Z');
    expect(await draftText(page)).toBe(before);
    expect(await field.inputValue()).toBe('DE');
    await page.keyboard.press('Control+Shift+Z');
    expect((await draft(page)).cities[0].country).toBe('SE');
    await page.keyboard.press('Control+Y');
    expect(await draftText(page)).toBe(after);
    await editor(page, '[data-undo]').click();
    await editor(page, '[data-undo]').click();
    expect(await draftText(page)).toBe(before);
    expect(await editor(page, '[data-undo]').isDisabled()).toBe(true);
    await editor(page, '[data-redo]').click();
    expect((await draft(page)).cities[0].country).toBe('SE');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page, '[data-download]').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const file = JSON.parse(text);
    expect(Object.keys(file)[0]).toBe('$schema');
    expect(Object.keys(file.cities[0]).slice(0, 3)).toEqual(['id', 'kind', 'name']);
    expect(file.cities[0].country).toBe('SE');
    expect(download.suggestedFilename()).toBe('archipelago.json');
  });

  it('deletes a city after one question that lists what goes with it', async () => {
    const { page } = await openEditor();
    const helsinki = shipped.cities.findIndex((c: { id: string }) => c.id === 'helsinki');
    await editor(page, `[data-item="${helsinki}"]`).click();
    await editor(page, '.form [data-delete]').click();
    const dialog = editor(page, 'dialog[open]');
    const text = await dialog.textContent();
    const links = shipped.links.filter(
      (l: { source: string; target: string }) => l.source === 'helsinki' || l.target === 'helsinki',
    );
    for (const link of links) expect(text).toContain(link.id);
    await editor(page, 'dialog [data-confirm]').click();
    const after = await draft(page);
    expect(after.cities.some((c: { id: string }) => c.id === 'helsinki')).toBe(false);
    expect(after.links).toHaveLength(shipped.links.length - links.length);
    await page.keyboard.press('Control+Z');
    expect((await draft(page)).links).toHaveLength(shipped.links.length);
  });

  it('keeps the draft: a reload restores it identically, and Discard (asked once) starts over', async () => {
    const { page } = await openEditor();
    await editor(page, '[data-item="1"]').click();
    await editor(page, '[data-path="cities[1].name.en"]').fill('København (draft)');
    await editor(page, '[data-add="cities"]').click();
    await page.waitForSelector('archipelago-editor [data-keep="kept"]');
    const kept = await draftText(page);
    await page.reload();
    await waitDraft(page);
    await page.waitForSelector('archipelago-editor [data-notice="restored"]');
    expect(await draftText(page)).toBe(kept);

    await editor(page, '[data-discard]').click();
    await editor(page, 'dialog [data-confirm]').click();
    await expect.poll(() => draft(page)).toEqual(shipped);
    expect(await editor(page, '[data-notice="restored"]').count()).toBe(0);
    await page.reload();
    await waitDraft(page);
    expect(await editor(page, '[data-notice="restored"]').count()).toBe(0);
    expect(await draft(page)).toEqual(shipped);
  });

  it('says it cannot keep a draft where IndexedDB is missing, and still edits', async () => {
    const { page } = await openEditor({
      init: () => {
        delete (window as { indexedDB?: unknown }).indexedDB;
      },
    });
    await page.waitForSelector('archipelago-editor [data-notice="no-storage"]');
    await editor(page, '[data-path="cities[0].country"]').fill('XX');
    expect((await draft(page)).cities[0].country).toBe('XX');
    await page.keyboard.press('Control+Z');
    expect((await draft(page)).cities[0].country).toBe('DE');
  });

  it('tells a second tab that the draft is open elsewhere; taking over tells the first', async () => {
    const first = await openEditor();
    const second = await first.context.newPage();
    await second.goto(EDIT_URL);
    await waitDraft(second);
    await second.waitForSelector('archipelago-editor [data-notice="other-tab"]');
    expect(await first.page.locator('archipelago-editor [data-notice="other-tab"]').count()).toBe(0);
    // Edits in the second tab are not kept while the first holds the draft.
    await second.locator('archipelago-editor [data-path="cities[0].country"]').fill('SE');
    await first.page.locator('archipelago-editor [data-path="cities[0].country"]').fill('PL');
    await first.page.waitForSelector('archipelago-editor [data-keep="kept"]');

    await second.locator('archipelago-editor [data-take-over]').click();
    await first.page.waitForSelector('archipelago-editor [data-notice="other-tab"]');
    await second.waitForSelector('archipelago-editor [data-keep="kept"]');
    expect(await second.locator('archipelago-editor [data-notice="other-tab"]').count()).toBe(0);
  });

  it.each([
    ['light', 'sv', 'Ångra'],
    ['dark', 'fi', 'Kumoa'],
    ['projector', 'ru', 'Отменить'],
    ['light', 'de', 'Rückgängig'],
  ])('passes axe in the %s theme, speaking %s, with a problem shown', async (theme, lang, undoLabel) => {
    const { page } = await openEditor({ query: `&theme=${theme}&lang=${lang}` });
    expect((await editor(page, '[data-undo]').textContent())?.trim()).toBe(undoLabel);
    await editor(page, '[data-path="cities[0].coordinates[0]"]').fill('500');
    await page.waitForSelector('archipelago-editor .field-problems');
    await page.waitForSelector('archipelago-editor archipelago-map[ready]', { timeout: 45_000 });
    expect(await axeViolations(page, `editor ${theme} ${lang}`)).toEqual([]);
  });

  it('opens spreadsheets from the file picker as the draft, and says why a broken file cannot open', async () => {
    const { page } = await openEditor();
    const file = (name: string) => ({
      name,
      mimeType: 'text/csv',
      buffer: readFileSync(new URL(`../../examples/csv/${name}`, import.meta.url)),
    });
    const picker = editor(page, 'input[type="file"]');
    await picker.setInputFiles([file('cities.csv'), file('links.csv')]);
    const csvCities =
      readFileSync(new URL('../../examples/csv/cities.csv', import.meta.url), 'utf8')
        .trim()
        .split('\n').length - 1;
    await expect.poll(async () => (await draft(page)).cities.length).toBe(csvCities);
    await editor(page, '[data-path="cities[0].country"]').fill('x');
    await picker.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"meta": '),
    });
    // The draft has a change not downloaded: opening asks once first.
    await editor(page, 'dialog [data-confirm]').click();
    await expect.poll(() => editor(page, '[role="alert"]').textContent()).toContain('broken.json');
    expect((await draft(page)).cities[0].country).toBe('x');
  });

  it('asks before the tab closes with changes not downloaded', async () => {
    const { page } = await openEditor();
    await editor(page, '[data-path="cities[0].country"]').fill('SE');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });

  it('makes a group of members ticked in the list, and says when it has fewer than three', async () => {
    const { page } = await openEditor();
    const g = shipped.groups.length;
    await editor(page, '[data-tab="groups"]').click();
    await editor(page, '[data-add="groups"]').click();
    await editor(page, `[data-path="groups[${g}].name.en"]`).fill('Nordic capitals');
    await editor(page, `[data-path="groups[${g}].description.en"]`).fill('Three capitals');
    for (const id of ['helsinki', 'stockholm']) {
      await editor(page, `#f-groups-${g}-members-${id}`).focus();
      await page.keyboard.press('Space');
    }
    const members = editor(page, `fieldset[data-path="groups[${g}].members"] .field-problems`);
    expect(await members.textContent()).toContain('a group needs at least 3 distinct members, found 2');
    await editor(page, `#f-groups-${g}-members-oslo`).focus();
    await page.keyboard.press('Space');
    expect((await draft(page)).groups[g].members).toEqual(['helsinki', 'stockholm', 'oslo']);
    await expect.poll(() => editor(page, '[data-download]').isEnabled()).toBe(true);
  });
});
