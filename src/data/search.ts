/**
 * City search for the search box: matches the query against every name of every city (all languages,
 * local ones included), ignoring case, diacritics and punctuation. Pure: no DOM.
 */
import type { Dataset } from './schema';
import { cityNames, localize, normalizeForSearch } from './text';

export interface CityMatch {
  id: string;
  /** The city's name in the requested language (what the list shows). */
  name: string;
  /** The name that matched, as written in the data (e.g. `Pietari` for "piet"). */
  matched: string;
  /** Higher is better: see `MATCH_SCORE`. */
  score: number;
}

/** How a name matched, best first. Matches of the whole name or of a word's start beat inner substrings. */
export const MATCH_SCORE = {
  /** The whole name equals the query. */
  exact: 4,
  /** The name starts with the query. */
  start: 3,
  /** A later word of the name starts with the query ("peter" in "St. Petersburg"). */
  word: 2,
  /** The query occurs inside a word ("ingf" in "Helsingfors"). */
  inner: 1,
} as const;

/**
 * The form names and queries are compared in: `normalizeForSearch` (lower case, no diacritics), ё→е as
 * Russian readers type it, and punctuation, symbols and runs of spaces folded to one space, so
 * "st petersburg" finds "St. Petersburg" and "sankt peterburg" finds "Sankt-Peterburg".
 */
export function searchKey(s: string): string {
  return normalizeForSearch(s)
    .replace(/ё/g, 'е')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** How well `name` (a search key) matches `query` (a non-empty search key); 0 when it does not. */
export function matchScore(name: string, query: string): number {
  if (query === '') return 0;
  if (name === query) return MATCH_SCORE.exact;
  if (name.startsWith(query)) return MATCH_SCORE.start;
  if (name.includes(` ${query}`)) return MATCH_SCORE.word;
  if (name.includes(query)) return MATCH_SCORE.inner;
  return 0;
}

function collator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang || 'en', { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  }
}

/**
 * The cities whose names match `query`, best first: by score, then by name in `lang`, then by id.
 * For each city the best-matching name is reported in `matched`; among equally good names the one in
 * `lang` wins, then the city's local names, then the others. A blank query (or one of punctuation only)
 * gives `[]`.
 */
export function searchCities(
  dataset: Pick<Dataset, 'cities'>,
  query: string,
  lang: string,
  limit = 8,
): CityMatch[] {
  const q = searchKey(query);
  const max = Number.isFinite(limit) ? Math.floor(limit) : 0;
  if (q === '' || max <= 0) return [];
  const matches: CityMatch[] = [];
  for (const city of dataset.cities) {
    const name = localize(city.name, lang);
    // The displayed name first, so it wins ties; then cityNames' order (local names first).
    const candidates = [name, ...cityNames(city).map((n) => n.name)];
    let best: { matched: string; score: number } | null = null;
    for (const candidate of candidates) {
      const score = matchScore(searchKey(candidate), q);
      if (score > (best?.score ?? 0)) best = { matched: candidate, score };
    }
    if (best) matches.push({ id: city.id, name, matched: best.matched, score: best.score });
  }
  const byName = collator(lang);
  matches.sort(
    (a, b) => b.score - a.score || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return matches.slice(0, max);
}
