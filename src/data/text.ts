/** Text helpers for the dataset: picking a language, listing a city's names, search normalisation. */
import type { City, LocalizedText } from './schema';

/** The primary language subtag: `en-GB` → `en`. */
function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The text in `lang`: a string is returned as is; for an object, the entry for `lang`, else one
 * whose primary subtag matches (`en-GB` ↔ `en`), else `fallback`, else the first entry. `''` for
 * `undefined` or an empty object.
 */
export function localize(text: LocalizedText | undefined, lang: string, fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const pick = (wanted: string): string | undefined => {
    if (Object.hasOwn(text, wanted)) return text[wanted];
    const base = primary(wanted);
    for (const key of Object.keys(text)) if (primary(key) === base) return text[key];
    return undefined;
  };
  return pick(lang) ?? pick(fallback) ?? Object.values(text)[0] ?? '';
}

export interface CityName {
  /** Language tag of the name; `und` (undetermined) when the name is a plain string. */
  lang: string;
  name: string;
  /** Whether `lang` is one of the city's own languages (`city.localLanguages`). */
  local: boolean;
}

/**
 * All names of a city, one per language: the city's own languages first (in `localLanguages`
 * order), then the others in file order.
 */
export function cityNames(city: Pick<City, 'name' | 'localLanguages'>): CityName[] {
  if (typeof city.name === 'string') return [{ lang: 'und', name: city.name, local: false }];
  const localLanguages = city.localLanguages ?? [];
  const names = Object.entries(city.name).map(([lang, name]) => ({
    lang,
    name,
    local: localLanguages.includes(lang),
  }));
  const rank = (n: CityName) => (n.local ? localLanguages.indexOf(n.lang) : localLanguages.length);
  return names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map(({ n }) => n);
}

const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * For matching search input against names: lower-case, diacritics stripped (Malmö → malmo, Rīga →
 * riga, Wrocław → wroclaw), ø→o, æ→ae, å→a, ß→ss, ł→l. Cyrillic letters are kept as they are
 * (й stays й). Apply it to both the query and the names.
 */
export function normalizeForSearch(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\P{Script=Cyrillic})\p{M}+/gu, '$1')
    .replace(/^\p{M}+/u, '')
    .normalize('NFC')
    .replace(LETTER_PATTERN, (ch) => LETTERS[ch] ?? ch);
}
