import { withDataset } from '../standalone/data-block';

/**
 * Where the site keeps the one-file build as a template (vite.config.ts): next to the editor's page.
 * Only "Download for presenting" fetches it, from this site.
 */
const TEMPLATE = 'assets/standalone-template.html';

let template: Promise<string> | null = null;

/** The template's text, fetched once per page; null when the site has none (the dev server). */
async function loadTemplate(): Promise<string | null> {
  template ??= fetch(new URL(TEMPLATE, document.baseURI)).then((r) => (r.ok ? r.text() : ''));
  const text = await template.catch(() => '');
  if (!text) template = null;
  return text || null;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The one-file build with `datasetText` (a valid dataset file) in its data block and the dataset's
 * title as the page's title until the map is ready; null when the site has no template.
 */
export async function presentingFile(datasetText: string, title: string): Promise<string | null> {
  const base = await loadTemplate();
  const filled = base && withDataset(base, datasetText);
  if (!filled) return null;
  return filled.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
}

/** Letters of the region that no accent-stripping turns into ASCII. */
const PLAIN: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd' };

/** `Partners of Turku 2026` → `partners-of-turku-2026.html`; Cyrillic stays. */
export function presentingName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøæßđ]/g, (c) => PLAIN[c] ?? c)
    .replace(/[^a-z0-9а-яё]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'archipelago'}.html`;
}
