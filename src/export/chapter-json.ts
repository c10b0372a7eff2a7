/**
 * "Copy this view as a chapter": the current camera, emphasis and filters as a story chapter, so authors
 * write their own stories without guessing coordinates. Pure: no DOM.
 *
 * The chapter round-trips: appended to the dataset it passes `validateDataset`, and
 * `filtersFromChapter(chapter.filters, dataset)` gives back the view's filters (ids the dataset does not
 * know are left out, as the filters themselves ignore them; lists come back in dataset order).
 */
import { applyFilters, type FilterState } from '../data/filters';
import { type Chapter, type Dataset, ID_PATTERN } from '../data/schema';

export interface ChapterView {
  camera: { center: [number, number]; zoom: number; bearing: number };
  /** The selected city, if any: it and its partners (over the visible links) are highlighted. */
  selected: string | null;
  /** More to highlight (a selected link's ends, a path, …); unknown ids are left out. */
  highlight?: { cities?: string[]; links?: string[]; groups?: string[] };
  filters: FilterState;
  dataset: Dataset;
}

/** The title of a chapter made from a view, before the author writes one. */
export const DEFAULT_CHAPTER_TITLE = 'New chapter';

const round = (value: number, digits: number): number => {
  const k = 10 ** digits;
  const r = Math.round(value * k) / k;
  return Object.is(r, -0) ? 0 : r;
};

/** Any string as an id (`^[a-z0-9][a-z0-9-]*$`): lower case, other characters as single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The first spelling of a localized text (its English one when there is one). */
function plain(text: Dataset['meta']['title'] | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0] ?? '';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** [min, max] of a year range in whole years, or null when there is none or it is malformed. */
function yearRange(years: FilterState['years']): [number, number] | null {
  if (!Array.isArray(years) || years.length !== 2) return null;
  const [a, b] = years;
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b))
    return null;
  const [from, to] = [Math.round(a), Math.round(b)];
  return from <= to ? [from, to] : [to, from];
}

/**
 * The view as a chapter. `id` is made an id (slugified) and kept apart from the dataset's chapter ids
 * (`-2`, `-3`, …); without one it is `view-<what the view shows>`: `view-helsinki` for a selected city,
 * `view-science-parks` for a priority, else `view`. Deterministic: the same view gives the same chapter.
 *
 * - camera: centre to 4 decimals (wrapped into -180..180, clamped to -90..90), zoom and bearing to 2;
 *   bearing only when not 0.
 * - highlight: with a selected city, it and its partners over the visible links (cities), those links
 *   and the visible groups it belongs to, as the map emphasises them; plus `view.highlight`. Empty parts
 *   are left out.
 * - filters: what is SHOWN (the chapter form) from the view's hidden lists: `linkTypes` (all types not
 *   hidden; left out when none is), `groups` likewise, `priorities` ([priority]), `years`, and
 *   `proposed: false` when proposals are hidden.
 */
export function chapterFromView(view: ChapterView, id?: string): Chapter {
  const { dataset, filters } = view;
  const cityById = new Map(dataset.cities.map((c) => [c.id, c]));
  const linkIds = new Set(dataset.links.map((l) => l.id));
  const groupIds = new Set(dataset.groups.map((g) => g.id));
  const selected = view.selected && cityById.has(view.selected) ? view.selected : null;
  const priority =
    filters.priority != null ? dataset.priorities.find((p) => p.id === filters.priority) : undefined;

  // Id and title.
  const subject = selected ? cityById.get(selected)?.name : priority?.name;
  const wanted = slugify(id ?? '') || `view${subject ? `-${slugify(plain(subject))}` : ''}`.replace(/-$/, '');
  const chapterId = uniqueId(
    ID_PATTERN.test(wanted) ? wanted : 'view',
    new Set(dataset.chapters.map((c) => c.id)),
  );
  const title = subject && plain(subject).trim() ? subject : DEFAULT_CHAPTER_TITLE;

  // Camera.
  const [lng, lat] = view.camera.center;
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const bearing = round(view.camera.bearing, 2);
  const camera: NonNullable<Chapter['camera']> = {
    center: [round(lng === 180 ? 180 : wrapped, 4), round(Math.max(-90, Math.min(90, lat)), 4)],
    zoom: round(view.camera.zoom, 2),
    ...(bearing !== 0 && Number.isFinite(bearing) ? { bearing } : {}),
  };

  // Highlight.
  const cities: string[] = [];
  const links: string[] = [];
  const groups: string[] = [];
  if (selected) {
    const shown = applyFilters(dataset, filters);
    const partners = new Set<string>();
    for (const link of dataset.links) {
      if (!shown.links.has(link.id) || (link.source !== selected && link.target !== selected)) continue;
      links.push(link.id);
      partners.add(link.source === selected ? link.target : link.source);
    }
    cities.push(
      selected,
      ...dataset.cities.map((c) => c.id).filter((c) => c !== selected && partners.has(c)),
    );
    for (const g of dataset.groups)
      if (shown.groups.has(g.id) && g.members.includes(selected)) groups.push(g.id);
  }
  const add = (list: string[], more: readonly string[] | undefined, known: (id: string) => boolean) => {
    for (const x of more ?? []) if (known(x) && !list.includes(x)) list.push(x);
  };
  add(cities, view.highlight?.cities, (x) => cityById.has(x));
  add(links, view.highlight?.links, (x) => linkIds.has(x));
  add(groups, view.highlight?.groups, (x) => groupIds.has(x));
  const highlight: NonNullable<Chapter['highlight']> = {
    ...(cities.length ? { cities } : {}),
    ...(links.length ? { links } : {}),
    ...(groups.length ? { groups } : {}),
  };

  // Filters, from "hidden" to "shown".
  const typeIds = dataset.linkTypes.map((t) => t.id);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenGroups = new Set(filters.hiddenGroups);
  const years = yearRange(filters.years);
  const chapterFilters: NonNullable<Chapter['filters']> = {
    ...(typeIds.some((t) => hiddenTypes.has(t))
      ? { linkTypes: typeIds.filter((t) => !hiddenTypes.has(t)) }
      : {}),
    ...(dataset.groups.some((g) => hiddenGroups.has(g.id))
      ? { groups: dataset.groups.map((g) => g.id).filter((g) => !hiddenGroups.has(g)) }
      : {}),
    ...(priority ? { priorities: [priority.id] } : {}),
    ...(years ? { years } : {}),
    // Shown is the default: only a view that hides proposals says so.
    ...(filters.proposed === false ? { proposed: false } : {}),
  };

  return {
    id: chapterId,
    title,
    camera,
    ...(Object.keys(highlight).length ? { highlight } : {}),
    ...(Object.keys(chapterFilters).length ? { filters: chapterFilters } : {}),
  };
}

/** The chapter as pretty JSON (2 spaces), ready to paste into the dataset's `chapters`. */
export function chapterJsonText(chapter: Chapter): string {
  return JSON.stringify(chapter, null, 2);
}
