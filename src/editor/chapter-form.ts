import { html, nothing } from 'lit';
import { localize } from '../data/text';
import { fill } from '../i18n/strings';
import { itemLabel } from './actions';
import { applyEdit, getAt, type Json, type Path } from './draft';
import { type FieldContext, fieldGroup, localizedField, numberField, textField } from './fields';
import type { ChapterStrings } from './strings-chapters';

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (c: FieldContext, path: Path): Json[] => {
  const value = getAt(c.draft, path);
  return Array.isArray(value) ? value : [];
};

/**
 * A text the chapter may leave out (caption, notes). One that is absent shows one empty row in the
 * interface language, so it is typed straight away; the draft gets it with the first letter (the row is
 * the same element before and after, so the focus stays in it).
 */
function optionalStoryText(c: FieldContext, label: string, path: Path, lang: string) {
  if (getAt(c.draft, path) !== undefined) return localizedField(c, label, path, false);
  const shown = applyEdit(c.draft, { kind: 'set', path, value: { [lang]: '' } });
  return localizedField({ ...c, draft: shown }, label, path, false);
}

/** Names of the entries of `list` (a draft's cities, links, …) with these ids, in the ids' order. */
function names(c: FieldContext, list: string, ids: readonly Json[], lang: string): string {
  const items = listAt(c, [list]);
  const byId = (id: Json) => items.find((x) => isObject(x) && x.id === id);
  const cityName = (id: string) => {
    const city = listAt(c, ['cities']).find((x) => isObject(x) && x.id === id);
    return city ? itemLabel(city, lang) : id;
  };
  return ids
    .map((id) => {
      const item = byId(id);
      if (list === 'linkTypes' && isObject(item) && (typeof item.label === 'string' || isObject(item.label)))
        return localize(item.label as Parameters<typeof localize>[0], lang);
      return item ? itemLabel(item, lang, cityName) : String(id);
    })
    .join(', ');
}

function cameraFields(c: FieldContext, t: ChapterStrings, at: Path) {
  const path = [...at, 'camera'];
  const camera = getAt(c.draft, path);
  const bounds = isObject(camera) ? camera.bounds : undefined;
  const corner = (i: number) => {
    const p = Array.isArray(bounds) ? bounds[i] : undefined;
    return Array.isArray(p) ? p.join(', ') : '?';
  };
  const content =
    camera === undefined
      ? html`<p class="view-summary">${t.noCamera}</p>`
      : bounds !== undefined
        ? html`<p class="view-summary">${fill(t.bounds, { sw: corner(0), ne: corner(1) })}</p>`
        : html`${numberField(c, t.centerLon, [...path, 'center', 0])}
          ${numberField(c, t.centerLat, [...path, 'center', 1])}
          ${numberField(c, t.zoom, [...path, 'zoom'])}
          ${numberField(c, t.bearing, [...path, 'bearing'])}`;
  return fieldGroup(c, t.camera, path, content);
}

/** What the chapter highlights or filters, as words: the view gives them ("Update from this view"). */
function viewSummary(c: FieldContext, t: ChapterStrings, at: Path, lang: string) {
  const line = (text: string) => html`<p class="view-summary">${text}</p>`;
  const ids = (path: Path) => listAt(c, path);
  const highlightPath = [...at, 'highlight'];
  const highlight = [
    ['cities', t.highlightCities],
    ['links', t.highlightLinks],
    ['groups', t.highlightGroups],
  ] as const;
  const lit = highlight.filter(([key]) => ids([...highlightPath, key]).length > 0);
  const filtersPath = [...at, 'filters'];
  const filters = getAt(c.draft, filtersPath);
  const years = ids([...filtersPath, 'years']);
  const filterLines = [
    ['linkTypes', 'linkTypes', t.filterTypes],
    ['groups', 'groups', t.filterGroups],
    ['priorities', 'priorities', t.filterPriorities],
  ] as const;
  const clear = (path: Path, label: string) =>
    html`<button type="button" class="small" @click=${() => c.set(path, undefined)}>${label}</button>`;
  return html`${fieldGroup(
    c,
    t.highlight,
    highlightPath,
    lit.length
      ? html`${lit.map(([key, text]) => line(fill(text, { list: names(c, key, ids([...highlightPath, key]), lang) })))}
        ${clear(highlightPath, t.clearHighlight)}`
      : line(t.noneShown),
    true,
  )}
  ${fieldGroup(
    c,
    t.filters,
    filtersPath,
    filters === undefined
      ? line(t.noneShown)
      : html`${filterLines
          .filter(([key]) => getAt(c.draft, [...filtersPath, key]) !== undefined)
          .map(([key, list, text]) =>
            line(fill(text, { list: names(c, list, ids([...filtersPath, key]), lang) })),
          )}
        ${years.length === 2 ? line(fill(t.filterYears, { from: String(years[0]), to: String(years[1]) })) : nothing}
        ${getAt(c.draft, [...filtersPath, 'proposed']) === false ? line(t.filterProposed) : nothing}
        ${clear(filtersPath, t.clearFilters)}`,
    true,
  )}`;
}

/** The form of one chapter: its words per language, the view it shows and its timing in a film. */
export function chapterForm(
  c: FieldContext,
  t: ChapterStrings,
  i: number,
  lang: string,
  onDelete: () => void,
) {
  const at = ['chapters', i] as const;
  const play = listAt(c, [...at, 'play']);
  return html`
    ${textField(c, c.t.id, [...at, 'id'])}
    ${localizedField(c, t.title, [...at, 'title'], true)}
    ${optionalStoryText(c, t.caption, [...at, 'caption'], lang)}
    ${optionalStoryText(c, t.notes, [...at, 'notes'], lang)}
    ${cameraFields(c, t, at)}
    ${viewSummary(c, t, at, lang)}
    ${numberField(c, t.hold, [...at, 'hold'])}
    ${play.length === 2 ? html`<p class="view-summary">${fill(t.play, { from: String(play[0]), to: String(play[1]) })}</p>` : nothing}
    <button type="button" class="danger" data-delete @click=${onDelete}>${t.delete}</button>
  `;
}
