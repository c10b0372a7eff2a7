import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { cityNames, localize } from '../../src/data/text';
import { validateDataset } from '../../src/data/validate';
import { baseURL, openPage, serveFixture, type Watched, waitReady } from './harness';

// Every string of the dataset that people see is replaced by markup and script: the app must show each one
// as literal text wherever it appears (map, aria-labels, tooltip, panel, tables, legend, story, speaker view,
// SVG export) and never turn one into an element, an attribute or a link. Source URLs are the only data
// that ends up in an attribute (`href`), and only http, https and mailto are accepted.

const shipped = JSON.parse(readFileSync(new URL('../../data/archipelago.json', import.meta.url), 'utf8'));

/** Markup, script, template syntax, replacement patterns, entities and bidi controls. */
const TEMPLATES = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's syntax, as data
  "{{7*7}} ${7*7} $& $' $$ $1",
  '\u202Eevil\u202C <b>bold</b>',
  "'><iframe src=javascript:window.__pwned=1></iframe>",
  '&lt;img src=x onerror=window.__pwned=1&gt; &amp;',
  '<style>*{display:none}</style><object data=x></object>',
  '</textarea></title><a href="javascript:window.__pwned=1">x</a>',
  '<math><mi xlink:href="javascript:window.__pwned=1">m</mi></math><embed src=x>',
];

/** Keys whose values are texts shown to people (a string, a text by language, or a list of texts). */
const TEXT_KEYS = new Set([
  'title',
  'subtitle',
  'description',
  'name',
  'role',
  'strategies',
  'note',
  'notes',
  'caption',
  'label',
  'author',
  'organisation',
  'place',
  'contact',
]);

/** A copy of `data` with every shown string replaced by a distinct payload (ids and structure kept). */
function hostileCopy(data: unknown): { data: Record<string, unknown>; count: number } {
  let n = 0;
  const payload = () => {
    n++;
    return `${TEMPLATES[n % TEMPLATES.length]} ‹${n}›`;
  };
  const text = (value: unknown): unknown => {
    if (typeof value === 'string') return payload();
    if (Array.isArray(value)) return value.map(text);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([lang, v]) => [lang, text(v)]));
    return value;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, TEXT_KEYS.has(key) ? text(v) : walk(v)]),
    );
  };
  const copy = walk(data) as Record<string, unknown>;
  return { data: copy, count: n };
}

const built = hostileCopy(shipped);
const hostileRaw = built.data as unknown as Dataset;

// The link whose evidence is opened: its sources are links (https, mailto, and an https URL with markup
// in it) besides the planted titles.
const EVIDENCE_LINK = 'st-petersburg-helsinki-innoreg';
const CITY = 'helsinki';
const NOTED_CITY = 'stockholm';
const evidenceIndex = hostileRaw.links.findIndex((l) => l.id === EVIDENCE_LINK);
const SAFE_URLS = [
  'https://example.org',
  'mailto:x@example.org',
  'https://example.org/?q="><img src=x onerror=window.__pwned=1>',
];
{
  const link = hostileRaw.links[evidenceIndex];
  if (!link) throw new Error(`no link ${EVIDENCE_LINK} in the shipped dataset`);
  link.sources = SAFE_URLS.map((url, i) => ({
    title: link.sources[i % link.sources.length]?.title ?? url,
    url,
  }));
}

// A population note (the shipped file has none), shown in the panel and the table.
const noted = hostileRaw.cities.find((c) => c.id === CITY)?.population;
if (noted) noted.note = '<img src=x onerror="window.__pwned=1"> ‹population note›';

const checked = validateDataset(hostileRaw);
if (!checked.ok) throw new Error(`the hostile dataset is invalid: ${JSON.stringify(checked.issues)}`);
const hostile = checked.dataset;

const en = (text: Parameters<typeof localize>[0]) => localize(text, 'en');
const cityName = (id: string) => en(hostile.cities.find((c) => c.id === id)?.name);
const typeLabel = (id: string) => en(hostile.linkTypes.find((t) => t.id === id)?.label);
const city = hostile.cities.find((c) => c.id === CITY)!;
const notedCity = hostile.cities.find((c) => c.id === NOTED_CITY)!;
const evidence = hostile.links[evidenceIndex]!;
const cityLinks = hostile.links.filter((l) => l.source === CITY || l.target === CITY);
const firstChapter = hostile.chapters[0]!;
const secondChapter = hostile.chapters[1]!;

/** Every planted payload, to tell a payload-looking string in the page from an app string. */
const PLANTED = /‹[^›]+›/;

interface Audit {
  /** What is wrong: elements made from data, event-handler attributes, unsafe links, a payload in an attribute. */
  bad: string[];
  /** `href` of every `a` (HTML or SVG) in the document and its shadow roots. */
  hrefs: string[];
  pwned: unknown;
}

/**
 * Runs in the page (or the speaker popup): walks the document and every shadow root inside it. Must be
 * self-contained (it is serialised into the page).
 */
function auditDocument(): Audit {
  const forbidden = new Set([
    'img',
    'image',
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'math',
    'mi',
    'b',
    'foreignobject',
    'set',
    'animate',
    'use',
    'video',
    'audio',
  ]);
  // Attributes that legitimately hold data text.
  const textAttributes = new Set([
    'aria-label',
    'aria-valuetext',
    'aria-description',
    'title',
    'value',
    'label',
  ]);
  const bad: string[] = [];
  const hrefs: string[] = [];
  const describe = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''} class="${el.getAttribute('class') ?? ''}">`;
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const tag = el.localName.toLowerCase();
      const inHead = !!document.head?.contains(el);
      if (tag === 'script') {
        // The page's own module bundle, and nothing else.
        const src = el.getAttribute('src') ?? '';
        if (!(inHead && src && new URL(src, document.baseURI).origin === location.origin && !el.textContent))
          bad.push(`script element ${describe(el)} ${src}`);
      } else if (tag === 'style' && !inHead) bad.push(`style element in the body ${describe(el)}`);
      else if (tag === 'svg') {
        // The app's SVGs: the overlay, and icons and legend swatches (aria-hidden). A data-made one has neither.
        const inTimeline = (el.getRootNode() as ShadowRoot).host?.localName === 'archipelago-timeline';
        const own =
          el.classList.contains('overlay') ||
          el.getAttribute('aria-hidden') === 'true' ||
          (inTimeline && el.classList.contains('bars'));
        if (!own || el.parentElement?.closest('svg'))
          bad.push(`svg element not made by the app ${describe(el)}`);
      } else if (forbidden.has(tag)) bad.push(`${tag} element ${describe(el)}`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on'))
          bad.push(`event-handler attribute ${name}="${attr.value}" on ${describe(el)}`);
        if (attr.value.includes('__pwned') && !textAttributes.has(name) && !(tag === 'a' && name === 'href'))
          bad.push(`payload in attribute ${name}="${attr.value}" on ${describe(el)}`);
      }
      // The page's own header links (Edit) are not made from data.
      if (tag === 'a' && !el.closest('.page-header')) {
        const href = el.getAttribute('href') ?? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        if (href !== null) {
          hrefs.push(href);
          let protocol = '';
          try {
            protocol = new URL(href, document.baseURI).protocol;
          } catch {
            protocol = 'unparsable';
          }
          if (!['http:', 'https:', 'mailto:'].includes(protocol))
            bad.push(`link to ${href} on ${describe(el)}`);
        }
      }
    }
  }
  return { bad, hrefs, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
}

/**
 * The text of the first match of `selector` in the map's shadow root, with every shadow root below it
 * (text nodes joined with a line break), or null.
 */
function mapText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((selector) => {
    const el = document.querySelector('archipelago-map')?.shadowRoot?.querySelector(selector);
    if (!el) return null;
    const parts: string[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element && node.shadowRoot)
        for (const child of node.shadowRoot.childNodes) visit(child);
      for (const child of node.childNodes) visit(child);
    };
    visit(el);
    return parts.join('\n');
  }, selector);
}

async function expectClean(page: Page, where: string): Promise<Audit> {
  const audit = await page.evaluate(auditDocument);
  expect(audit.bad, where).toEqual([]);
  expect(audit.pwned, where).toBeUndefined();
  return audit;
}

function expectAll(text: string | null, wanted: string[], where: string) {
  expect(text, where).not.toBeNull();
  const missing = wanted.filter((w) => !text!.includes(w));
  expect(missing, `${where}: payloads not shown as text`).toEqual([]);
}

let open: Watched;
let page: Page;
const dialogs: string[] = [];
let fixture = '';

beforeAll(async () => {
  open = await openPage({ width: 1280, height: 800 });
  page = open.page;
  open.context.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  fixture = await serveFixture(page, 'hostile.json', hostileRaw);
});

afterAll(async () => {
  await open?.context.close();
});

describe('a dataset whose every text is markup and script', () => {
  it('plants a distinct payload in every shown string and stays valid', () => {
    expect(built.count).toBeGreaterThan(300);
    const json = JSON.stringify(hostile);
    // Nothing readable is left of the shipped texts.
    expect(json).not.toContain('Helsinki');
    expect(json).not.toContain('Archipelago of Innovation');
    expect(cityName(CITY)).toMatch(PLANTED);
  });

  it('draws the map with every payload as text: labels, aria-labels, tooltips, legend', async () => {
    await page.goto(`${baseURL}index.html?lang=en&src=${encodeURIComponent(fixture)}`);
    await waitReady(page);
    // The walker itself: it finds an element two shadow roots deep, and its handler attribute.
    const probe = await page.evaluate((audit) => {
      const host = document.createElement('div');
      document.querySelector('archipelago-map')?.shadowRoot?.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<p><img alt="" onerror="void 0"></p>';
      const found = (new Function(`return (${audit})()`) as () => Audit)().bad;
      host.remove();
      return found;
    }, auditDocument.toString());
    expect(probe).toEqual([
      expect.stringMatching(/^img element/),
      expect.stringMatching(/^event-handler attribute onerror/),
    ]);
    await expectClean(page, 'after ready');

    const marks = await page.evaluate(() => {
      const root = document.querySelector('archipelago-map')!.shadowRoot!;
      const attr = (sel: string, key: string) =>
        Object.fromEntries(
          [...root.querySelectorAll(sel)].map((el) => [el.getAttribute(key), el.getAttribute('aria-label')]),
        );
      return {
        labels: [...root.querySelectorAll('.city-label')].map((t) => t.textContent),
        groupLabels: [...root.querySelectorAll('.group-label')].map((t) => t.textContent),
        cities: attr('[data-city]', 'data-city'),
        labelled: [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
      };
    });
    expect(marks.labels.sort()).toEqual(hostile.cities.map((c) => en(c.name)).sort());
    expect(marks.groupLabels.sort()).toEqual(hostile.groups.map((g) => en(g.name)).sort());
    for (const c of hostile.cities)
      expect(marks.cities[c.id]?.startsWith(`${en(c.name)} (`), c.id).toBe(true);
    // Every other aria-label that carries a payload is one of those (links and groups have none).
    const cityLabels = new Set(Object.values(marks.cities));
    expect(marks.labelled.filter((l) => PLANTED.test(l) && !cityLabels.has(l))).toEqual([]);

    // Legend: the title, the type labels, the group names and the priorities.
    // (a type only groups use has no row: the groups have their own)
    const usedTypes = new Set(hostile.links.map((x) => x.type));
    expectAll(
      await mapText(page, '.legend'),
      [
        en(hostile.meta.title),
        ...hostile.linkTypes.filter((t) => usedTypes.has(t.id)).map((t) => en(t.label)),
        ...hostile.groups.map((g) => en(g.name)),
        ...hostile.priorities.map((p) => en(p.name)),
      ],
      'legend',
    );

    // Tooltip of a city (focus) and of a link (pointer).
    await page.locator(`archipelago-map [data-city="${CITY}"]`).focus();
    const locals = cityNames(city)
      .filter((n) => n.local && n.name !== en(city.name))
      .map((n) => n.name);
    await expect.poll(() => mapText(page, '[role="tooltip"]')).toContain(en(city.role));
    expectAll(
      await mapText(page, '[role="tooltip"]'),
      [en(city.name), en(city.role), ...locals],
      'city tooltip',
    );
    await page.locator(`archipelago-map [data-link="${evidence.id}"]`).dispatchEvent('pointerenter');
    await expect
      .poll(() => mapText(page, '[role="tooltip"]'))
      .toContain(en(evidence.title ?? evidence.description));
    expectAll(
      await mapText(page, '[role="tooltip"]'),
      [cityName(evidence.source), cityName(evidence.target), typeLabel(evidence.type)],
      'link tooltip',
    );
    await expectClean(page, 'with tooltips');
    await page.locator(`archipelago-map [data-link="${evidence.id}"]`).dispatchEvent('pointerleave');
  });

  it('shows the payloads as text in the panel: a city, then the evidence of a link with safe source links', async () => {
    await page.locator(`archipelago-map [data-city="${CITY}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('archipelago-map archipelago-panel #panel-title').waitFor();
    const groups = hostile.groups.filter((g) => g.members.includes(CITY));
    const priorities = hostile.priorities.filter((p) => p.cities.includes(CITY));
    expectAll(
      await mapText(page, '[data-panel]'),
      [
        ...cityNames(city).map((n) => n.name),
        en(city.role),
        en(city.description),
        en(city.population?.source.title),
        en(city.population?.note),
        ...(city.strategies ?? []).map(en),
        ...groups.map((g) => en(g.name)),
        ...priorities.map((p) => en(p.name)),
        ...cityLinks.map((l) => en(l.title ?? l.description)),
        ...cityLinks.map((l) => typeLabel(l.type)),
        ...cityLinks.map((l) => cityName(l.source === CITY ? l.target : l.source)),
      ],
      'city panel',
    );
    await expectClean(page, 'city panel');

    await page.locator(`archipelago-map archipelago-panel [data-evidence="${evidence.id}"]`).click();
    await expect.poll(() => mapText(page, '[data-panel]')).toContain(en(evidence.description));
    const type = hostile.linkTypes.find((t) => t.id === evidence.type)!;
    expectAll(
      await mapText(page, '[data-panel]'),
      [
        en(evidence.title),
        en(evidence.description),
        en(evidence.note),
        en(type.label),
        en(type.description),
        cityName(evidence.source),
        cityName(evidence.target),
        ...evidence.sources.map((s) => s.title),
      ],
      'evidence panel',
    );
    const audit = await expectClean(page, 'evidence panel');
    // The safe source URLs are links, verbatim; nothing else links anywhere.
    for (const url of SAFE_URLS) expect(audit.hrefs).toContain(url);
    const panelLinks = await page
      .locator('archipelago-map archipelago-panel a[href]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    expect(panelLinks).toEqual(evidence.sources.map((s) => ({ href: s.url, text: s.title })));
  });

  it('shows a note of a verified city in its panel as text', async () => {
    expect(notedCity.note).toBeDefined();
    await page.locator(`archipelago-map [data-city="${NOTED_CITY}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => mapText(page, '[data-panel]')).toContain(en(notedCity.description));
    expectAll(await mapText(page, '[data-panel]'), [en(notedCity.note)], 'noted city panel');
    await page.keyboard.press('Escape');
  });

  it('shows the payloads as text in both tables', async () => {
    await page.locator('archipelago-map [data-table-toggle]').click();
    await page.locator('archipelago-map archipelago-tables [data-table="links"]').waitFor();
    const text = await mapText(page, 'archipelago-tables');
    expectAll(
      text,
      [
        ...hostile.cities.map((c) => en(c.name)),
        ...hostile.cities.flatMap((c) =>
          cityNames(c)
            .filter((n) => n.local)
            .map((n) => n.name),
        ),
        ...hostile.cities.filter((c) => c.note).map((c) => en(c.note)),
        ...hostile.cities.filter((c) => c.population?.note).map((c) => en(c.population?.note)),
        ...hostile.links.map((l) => en(l.title ?? l.description)),
        ...hostile.links.map((l) => en(l.description)),
        ...hostile.links.filter((l) => l.note).map((l) => en(l.note)),
        ...hostile.links.map((l) => typeLabel(l.type)),
        ...hostile.links.flatMap((l) => l.sources.map((s) => s.title)),
      ],
      'tables',
    );
    const audit = await expectClean(page, 'tables');
    for (const url of SAFE_URLS) expect(audit.hrefs).toContain(url);
    await page.locator('archipelago-map [data-close-table]').click();
  });

  it('exports an SVG whose texts are text and which holds no element made from data', async () => {
    const svg = await page.evaluate(() =>
      (document.querySelector('archipelago-map') as unknown as { exportSvg(): Promise<string> }).exportSvg(),
    );
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        tags: [...new Set(all.map((el) => el.localName))].sort(),
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.handlers).toEqual([]);
    for (const tag of [
      'img',
      'image',
      'script',
      'iframe',
      'object',
      'embed',
      'foreignObject',
      'a',
      'b',
      'style',
    ])
      expect(parsed.tags, tag).not.toContain(tag);
    // Every label drawn on the map is in the file, as text, and no other planted text.
    const shown = await page.evaluate(() =>
      [
        ...document
          .querySelector('archipelago-map')!
          .shadowRoot!.querySelectorAll('.city-label, .group-label'),
      ]
        .filter((el) => !el.hasAttribute('hidden') && getComputedStyle(el).display !== 'none')
        .map((el) => el.textContent ?? ''),
    );
    expect(shown.length).toBeGreaterThan(3);
    expect(parsed.texts.filter((t) => PLANTED.test(t)).sort()).toEqual(shown.sort());
    expect(dialogs).toEqual([]);
  });

  it('shows the payloads as text in the story caption and the speaker view', async () => {
    await page.goto(
      `${baseURL}index.html?lang=en&chapter=${firstChapter.id}&src=${encodeURIComponent(fixture)}`,
    );
    await waitReady(page);
    await expect.poll(() => page.locator('archipelago-map').getAttribute('chapter')).toBe(firstChapter.id);
    expectAll(
      await mapText(page, '[data-story]'),
      [en(firstChapter.title), en(firstChapter.caption)],
      'story',
    );
    await expectClean(page, 'story');

    await page.locator('archipelago-map .frame').focus();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('[data-current-title]');
    const read = (sel: string) => popup.evaluate((s) => document.querySelector(s)?.textContent ?? null, sel);
    await expect.poll(() => read('[data-current-title]')).toBe(en(firstChapter.title));
    expect(await read('[data-next-title]')).toBe(en(secondChapter.title));
    expect(await read('[data-notes]')).toBe(en(firstChapter.notes));
    expect(await read('[data-caption]')).toBe(en(firstChapter.caption));
    expect(await popup.title()).toBe(`Speaker view — ${en(firstChapter.title)}`);
    expect(await popup.locator('[data-notes] *, [data-caption] *, [data-current-title] *').count()).toBe(0);
    const popupAudit = await popup.evaluate(auditDocument);
    expect(popupAudit.bad).toEqual([]);
    expect(popupAudit.pwned).toBeUndefined();

    // Stepping from the speaker view: the next chapter's texts, in both windows.
    await popup.click('[data-next]');
    await expect.poll(() => read('[data-current-title]')).toBe(en(secondChapter.title));
    expect(await read('[data-notes]')).toBe(en(secondChapter.notes));
    await expect.poll(() => mapText(page, '[data-chapter-title]')).toBe(en(secondChapter.title));
    expectAll(await mapText(page, '[data-story]'), [en(secondChapter.caption)], 'story, second chapter');
    expect((await popup.evaluate(auditDocument)).bad).toEqual([]);
    await expectClean(page, 'presenting, second chapter');
    await popup.close();
    expect(dialogs).toEqual([]);
    expect(open.errors).toEqual([]);
  });
});

describe('source URLs', () => {
  it('refuses every scheme but http, https and mailto, naming each in the alert', async () => {
    const bad = structuredClone(shipped);
    bad.links[0].sources = [
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
    ];
    bad.cities[0].sources[0].url = ' JavaScript:alert(1)';
    bad.cities[1].population.source.url = 'java\tscript:alert(1)';
    bad.groups[0].sources[0].url = 'vbscript:msgbox(1)';
    bad.priorities[0].sources = [{ title: 'File', url: 'file:///etc/passwd' }];
    bad.meta.source.url = '//evil.example/x';
    const paths = [
      'meta.source.url',
      'cities[0].sources[0].url',
      'cities[1].population.source.url',
      'links[0].sources[0].url',
      'links[0].sources[1].url',
      'groups[0].sources[0].url',
      'priorities[0].sources[0].url',
    ];

    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => [i.code, i.path])).toEqual(paths.map((p) => ['url-scheme', p]));

    await page.addInitScript(() => {
      document.addEventListener('archipelago-error', (e) => {
        (window as unknown as { issues: unknown }).issues = (
          e as CustomEvent<{ issues: unknown }>
        ).detail.issues;
      });
    });
    const url = await serveFixture(page, 'bad-urls.json', bad);
    await page.goto(`${baseURL}index.html?lang=en&src=${encodeURIComponent(url)}`);
    const alert = page.locator('archipelago-map [role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    for (const path of paths) expect(text).toContain(path);
    expect(text).toContain('data:text/html,<script>alert(1)</script>');
    const issues = (await page.evaluate(() => (window as unknown as { issues: unknown }).issues)) as {
      code: string;
      path: string;
    }[];
    expect(issues.map((i) => [i.code, i.path])).toEqual(paths.map((p) => ['url-scheme', p]));
    expect(await page.locator('archipelago-map').getAttribute('error')).not.toBeNull();
    const audit = await expectClean(page, 'alert');
    expect(audit.hrefs).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
