import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { datasetToCsv } from '../../src/data/csv-write';
import { validateDataset } from '../../src/data/validate';
import { axeViolations } from './a11y-checks';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';
import { type Offline, openOffline } from './offline';

// Issue #21: Save back to the file opened (File System Access API, stubbed here with an in-page handle),
// the download where that API is missing, the CSV files, and "Download for presenting": the site's
// standalone template with the edited dataset, opened from file:// with no request.

/** How long a poll waits for the page (two test files share two loaded cores): a bound, not a measure. */
const WAIT = { timeout: 15_000 };

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));
const EDIT_URL = `${baseURL}index.html?edit`;

/** A small dataset of one's own partners, as a user would open it. */
const PARTNERS = {
  meta: { title: 'Partners of Turku' },
  linkTypes: [{ id: 'partner', label: 'Partnership' }],
  cities: [
    { id: 'turku', kind: 'metropolis', name: 'Turku', country: 'FI', coordinates: [22.27, 60.45] },
    { id: 'tallinn', kind: 'metropolis', name: 'Tallinn', country: 'EE', coordinates: [24.75, 59.44] },
    { id: 'stockholm', kind: 'metropolis', name: 'Stockholm', country: 'SE', coordinates: [18.07, 59.33] },
  ],
  links: [
    {
      id: 'turku-tallinn',
      source: 'turku',
      target: 'tallinn',
      type: 'partner',
      description: 'Ferry and culture',
      sources: [{ title: 'City of Turku' }],
    },
  ],
};

const tmp = mkdtempSync(join(tmpdir(), 'archipelago-save-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let open: Watched[] = [];
let offline: Offline | undefined;
afterEach(async () => {
  for (const w of open) {
    expect(w.outside, 'requests that left the origin').toEqual([]);
    await w.context.close();
  }
  open = [];
  await offline?.context.close();
  offline = undefined;
});

interface Pickers {
  /** The text the opened file holds; no open picker when absent. */
  opened?: string;
  /** Stub the save picker (else it is removed, as in Firefox and WebKit). */
  savePicker: boolean;
}

/**
 * The File System Access API's pickers, stubbed before the page runs: handles that record what is written
 * to them in `window.__written`, and the save picker's calls in `window.__picks`.
 */
function stubPickers({ opened, savePicker }: Pickers) {
  const w = window as unknown as Record<string, unknown> & {
    __written: { name: string; text: string }[];
    __picks: number;
  };
  w.__written = [];
  w.__picks = 0;
  const handle = (name: string, text: string) => ({
    kind: 'file',
    name,
    getFile: async () => new File([text], name, { type: 'application/json' }),
    createWritable: async () => {
      const parts: string[] = [];
      return {
        write: async (data: unknown) => {
          parts.push(typeof data === 'string' ? data : await new Blob([data as BlobPart]).text());
        },
        close: async () => {
          w.__written.push({ name, text: parts.join('') });
        },
      };
    },
  });
  const set = (key: string, value: unknown) =>
    Object.defineProperty(window, key, { value, configurable: true, writable: true });
  set('showOpenFilePicker', opened === undefined ? undefined : async () => [handle('mine.json', opened)]);
  set(
    'showSaveFilePicker',
    savePicker
      ? async () => {
          w.__picks++;
          return handle('picked.json', '');
        }
      : undefined,
  );
}

async function openEditor(pickers?: Pickers): Promise<Watched> {
  const w = await openPage();
  open.push(w);
  if (pickers) await w.page.addInitScript(stubPickers, pickers);
  await w.page.goto(EDIT_URL);
  await waitCities(w.page, shipped.cities.length);
  return w;
}

const editor = (page: Page, selector: string) => page.locator(`archipelago-editor ${selector}`);

async function waitCities(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const e = document.querySelector('archipelago-editor');
      return !!e?.shadowRoot?.querySelector('[data-save]') && e.dataset.cities?.length === count;
    },
    n,
    { timeout: 30_000 },
  );
}

const written = (page: Page) =>
  page.evaluate(() => (window as unknown as { __written: { name: string; text: string }[] }).__written);
const picks = (page: Page) => page.evaluate(() => (window as unknown as { __picks: number }).__picks);

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('saving from the editor', () => {
  it('writes back to the JSON file it opened, with $schema first, and never asks where', async () => {
    const { page } = await openEditor({ opened: JSON.stringify(PARTNERS), savePicker: true });
    await editor(page, '[data-start="file"]').click();
    await waitCities(page, 3);
    await expect.poll(() => editor(page, '#save-where').textContent(), WAIT).toContain('mine.json');
    await editor(page, '[data-path="cities[0].country"]').fill('AX');
    await editor(page, '[data-save]').click();
    await expect.poll(async () => (await written(page)).length, WAIT).toBe(1);
    const [file] = await written(page);
    expect(file!.name).toBe('mine.json');
    expect(Object.keys(JSON.parse(file!.text))[0]).toBe('$schema');
    expect(JSON.parse(file!.text).cities[0].country).toBe('AX');
    expect(await picks(page)).toBe(0);
    expect(await editor(page, '[data-save-status]').textContent()).toContain('Saved to mine.json.');
    // Saved is as good as downloaded: leaving the page asks nothing.
    expect(await page.evaluate(() => document.querySelector('archipelago-editor')?.dirty)).toBe(false);
  });

  it('asks once where to save a draft that came from no file, then writes there again', async () => {
    const { page } = await openEditor({ savePicker: true });
    await expect.poll(() => editor(page, '#save-where').textContent(), WAIT).toContain('asks where');
    await editor(page, '[data-save]').click();
    await expect.poll(async () => (await written(page)).length, WAIT).toBe(1);
    await editor(page, '[data-path="cities[0].country"]').fill('DK');
    await editor(page, '[data-save]').click();
    await expect.poll(async () => (await written(page)).length, WAIT).toBe(2);
    const files = await written(page);
    expect(files.map((f) => f.name)).toEqual(['picked.json', 'picked.json']);
    expect(JSON.parse(files[1]!.text).cities[0].country).toBe('DK');
    expect(await picks(page)).toBe(1);
  });

  it('downloads archipelago.json where the browser cannot write to files', async () => {
    const { page } = await openEditor({ savePicker: false });
    await expect
      .poll(() => editor(page, '#save-where').textContent(), WAIT)
      .toContain('downloads archipelago.json');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page, '[data-save]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('archipelago.json');
    const saved = JSON.parse(await text(download));
    expect(saved.cities.map((c: { id: string }) => c.id)).toEqual(
      shipped.cities.map((c: { id: string }) => c.id),
    );
  });
});

describe('the spreadsheets', () => {
  it('downloads cities.csv, links.csv and groups.csv, says what they leave out, and opens them again', async () => {
    const { page } = await openEditor();
    const leaves = await editor(page, '[data-csv-leaves]').textContent();
    for (const part of ['the story', 'the priorities', 'title and description', 'type labels', 'strategies'])
      expect(leaves).toContain(part);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await editor(page, '[data-csv]').click();
    await expect.poll(() => downloads.length, WAIT).toBe(3);
    const validated = validateDataset(shipped);
    if (!validated.ok) throw new Error('the shipped dataset is invalid');
    const expected = datasetToCsv(validated.dataset);
    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    for (const download of downloads) {
      const name = download.suggestedFilename();
      const body = await text(download);
      // A byte-order mark first, so spreadsheets read the files as UTF-8.
      expect(body.charCodeAt(0)).toBe(0xfeff);
      expect(body.slice(1)).toBe(expected[name.replace('.csv', '') as keyof typeof expected]);
      files.push({ name, mimeType: 'text/csv', buffer: Buffer.from(body) });
    }
    expect(files.map((f) => f.name).sort()).toEqual(['cities.csv', 'groups.csv', 'links.csv']);
    // Back in: the editor opens the three files as the draft, with every city, partnership and group.
    await editor(page, 'input[type="file"]').setInputFiles(files);
    await expect
      .poll(
        () => page.evaluate(() => document.querySelector('archipelago-editor')?.dataset.chapters?.length),
        WAIT,
      )
      .toBe(0);
    const back = await page.evaluate(() => document.querySelector('archipelago-editor')?.dataset);
    expect(back.cities.map((c: { name: unknown }) => c.name)).toEqual(
      shipped.cities.map((c: { name: unknown }) => c.name),
    );
    expect(back.links.length).toBe(shipped.links.length);
    expect(back.groups.length).toBe(shipped.groups.length);
  });
});

describe('Download for presenting', () => {
  const HOSTILE = '</script><script>window.__pwned = 1</script><!-- <b>bold</b>';

  it('makes one file with the edited dataset that opens from file:// with no request', async () => {
    const { page, requests } = await openEditor();
    // Viewers never fetch the template, and the editor only when asked.
    expect(requests.filter((r) => r.includes('standalone-template'))).toEqual([]);
    const mine = {
      ...PARTNERS,
      meta: { title: `Partners ${HOSTILE}` },
      cities: PARTNERS.cities.map((c, i) => (i === 0 ? { ...c, name: `Turku ${HOSTILE}` } : c)),
    };
    await page.evaluate((d) => {
      const e = document.querySelector('archipelago-editor');
      if (e) e.dataset = d;
    }, mine);
    await waitCities(page, 3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page, '[data-presenting]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('partners-script-script-window-pwned-1-script-b-bold-b.html');
    const file = join(tmp, 'presenting.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    // The hostile strings are in the file only escaped (a failure here would print the whole file).
    expect(html.includes(HOSTILE)).toBe(false);
    expect(await editor(page, '[data-save-status]').textContent()).toContain('Downloaded');

    offline = await openOffline(pathToFileURL(file).href);
    const { page: shown, attempted, errors } = offline;
    await waitReady(shown);
    expect(await shown.locator('archipelago-map [data-city]').count()).toBe(3);
    for (const id of ['turku', 'tallinn', 'stockholm'])
      expect(await shown.locator(`archipelago-map [data-city="${id}"]`).count()).toBe(1);
    // Data strings stay text: the title is the dataset's, word for word, and no script of theirs ran.
    expect(await shown.title()).toBe(`Partners ${HOSTILE}`);
    expect(await shown.locator('.page-header h1').textContent()).toBe(`Partners ${HOSTILE}`);
    expect(await shown.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the embed dialog', () => {
  it('explains hosting your own dataset and shows the tag with its src', async () => {
    const w = await openPage();
    open.push(w);
    const { page } = w;
    await page.goto(`${baseURL}index.html`);
    await waitReady(page);
    await page.locator('#embed-open').click();
    expect(await page.locator('#embed-own-help').textContent()).toContain('archipelago.json');
    expect(await page.locator('#embed-own').inputValue()).toMatch(
      /<archipelago-map [^>]*src="archipelago\.json"/,
    );
    expect(await axeViolations(page, 'embed dialog')).toEqual([]);
    await page.locator('#embed-dialog .close').click();

    // A dataset with an address of its own keeps it.
    const src = await serveFixture(page, 'partners.json', PARTNERS);
    await page.goto(`${baseURL}index.html?src=${encodeURIComponent(src)}`);
    await waitReady(page);
    await page.locator('#embed-open').click();
    expect(await page.locator('#embed-own').inputValue()).toContain(`src="${src}"`);
    expect(w.requests.filter((r) => r.includes('standalone-template'))).toEqual([]);
  });
});
