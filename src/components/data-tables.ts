import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/schema';
import { formatSource } from '../data/sources';
import {
  CITY_KEYS,
  type CityKey,
  type CityMetrics,
  type CityRow,
  cityRows,
  LINK_KEYS,
  type LinkKey,
  type LinkRow,
  linkRows,
  NUMERIC_KEYS,
  type SortDir,
  safeUrl,
  sortRows,
} from '../data/table-rows';
import { localize } from '../data/text';
import { type ExploreStrings, exploreStrings } from '../i18n/explore-strings';
import { srOnly } from '../styles/sr-only';

let instances = 0;

interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

/** Fraction digits shown for each metric. */
const DIGITS: Record<string, number> = {
  degree: 0,
  weightedDegree: 2,
  betweenness: 3,
  closeness: 3,
  clustering: 3,
};

/**
 * The data behind the map as two sortable tables: cities (with their network metrics) and
 * partnerships, following the active filters (`visibleCities`, `visibleLinks`).
 *
 * Each column header is a button in a `<th>` carrying `aria-sort`; activating it sorts by that column,
 * and again reverses the order. Sorting is stable, with ties in name order; the default is by name.
 *
 * @element archipelago-tables
 * @attr {string} lang - interface language (`en`, `fi`, `sv`, `de`, `ru`); the nearest `lang` when absent.
 * @fires archipelago-table-select - `{kind: 'city' | 'link', id}` when a row's name button is activated
 *   (bubbles; not composed: it stays inside the map's shadow root).
 * @csspart table - both tables; `cities-table`, `links-table` each one.
 * @csspart caption - both captions.
 * @csspart unverified - the "unverified" markers.
 * @cssprop --surface - table background (fallback #fff).
 * @cssprop --ink - text colour (fallback #14232e).
 * @cssprop --muted - secondary text: local names, notes, years (fallback #425563).
 * @cssprop --surface-border - rules between rows and cells (fallback #9fb2bf).
 * @cssprop --focus - focus ring (fallback #0b57d0).
 */
export class ArchipelagoTables extends LitElement {
  static override properties = {
    data: { attribute: false },
    lang: { type: String },
    metrics: { attribute: false },
    visibleCities: { attribute: false },
    visibleLinks: { attribute: false },
    citySort: { state: true },
    linkSort: { state: true },
  };

  static override styles = [
    srOnly,
    css`
    :host {
      display: block;
      font: inherit;
      color: var(--ink, #14232e);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .scroll {
      position: relative;
      overflow-x: auto;
      margin-block-end: 1.5em;
      background: var(--surface, #fff);
    }
    .scroll:focus-visible,
    button:focus-visible,
    a:focus-visible {
      outline: 3px solid var(--focus, #0b57d0);
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      background: var(--surface, #fff);
      color: var(--ink, #14232e);
    }
    caption {
      caption-side: top;
      text-align: start;
      font-weight: 700;
      font-size: 1.1em;
      padding-block: 0.3em;
    }
    caption .count {
      font-weight: 400;
      font-size: 0.9em;
      color: var(--muted, #425563);
    }
    th,
    td {
      padding: 0.35em 0.6em;
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--surface-border, #9fb2bf);
    }
    thead th {
      border-block-end-width: 2px;
      white-space: nowrap;
      padding: 0.15em 0.2em;
      vertical-align: bottom;
    }
    tbody th {
      font-weight: 600;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    thead th.num button {
      justify-content: flex-end;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      min-width: 24px;
      min-height: 24px;
      margin: 0;
      padding: 0.15em 0.4em;
      font: inherit;
      font-weight: inherit;
      color: inherit;
      text-align: start;
      background: none;
      border: 1px solid transparent;
      border-radius: 4px;
      cursor: pointer;
    }
    thead button {
      width: 100%;
      font-weight: 700;
    }
    button:hover {
      border-color: var(--surface-border, #9fb2bf);
    }
    .sort {
      display: inline-block;
      width: 1em;
      text-align: center;
      color: var(--muted, #425563);
    }
    th[aria-sort='ascending'] .sort,
    th[aria-sort='descending'] .sort {
      color: inherit;
    }
    tbody th button {
      text-decoration: underline;
      text-underline-offset: 2px;
      font-weight: 600;
    }
    .local,
    .year,
    .note {
      color: var(--muted, #425563);
    }
    .local {
      display: block;
      font-weight: 400;
      padding-inline-start: 0.4em;
    }
    .note {
      display: block;
      margin-block-start: 0.3em;
      font-size: 0.92em;
    }
    .population-note {
      margin: 0.4em 0 1em;
      color: var(--muted, #425563);
      font-size: 0.92em;
    }
    td.proposed {
      font-weight: 600;
    }
    .unverified {
      display: inline-block;
      margin-inline-start: 0.3em;
      padding: 0 0.35em;
      font-size: 0.85em;
      font-weight: 400;
      border: 1px solid currentColor;
      border-radius: 3px;
      white-space: nowrap;
    }
    ul.sources {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    a {
      color: var(--focus, #0b57d0);
      overflow-wrap: anywhere;
    }
    ul.sources a {
      display: inline-block;
      min-height: 24px;
      padding-block: 2px;
    }
    .description {
      min-width: 16em;
    }
    .empty {
      color: var(--muted, #425563);
      font-style: italic;
    }
  `,
  ];

  /** The dataset (named `data`: `dataset` is the element's own `data-*` attribute map). */
  declare data: Dataset | null;
  declare metrics: Map<string, CityMetrics> | null;
  /** Ids of the cities to list; `null`: all. */
  declare visibleCities: Set<string> | null;
  /** Ids of the links to list; `null`: all. */
  declare visibleLinks: Set<string> | null;
  declare citySort: Sort<CityKey>;
  declare linkSort: Sort<LinkKey>;

  private readonly uid = `archipelago-tables-${++instances}`;

  constructor() {
    super();
    this.data = null;
    this.lang = '';
    this.metrics = null;
    this.visibleCities = null;
    this.visibleLinks = null;
    this.citySort = { key: 'name', dir: 'ascending' };
    this.linkSort = { key: 'name', dir: 'ascending' };
  }

  /** The interface language: the property, else the nearest `lang` in this tree, else the document's. */
  get uiLang(): string {
    return exploreStrings(
      this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang,
    ).lang;
  }

  /**
   * Sorts a table by a column, as a click on its header does: the given direction, else ascending for
   * a new column and the reverse of the current one for the same column. Unknown keys are ignored.
   */
  sortBy(table: 'cities' | 'links', key: CityKey | LinkKey, dir?: SortDir): void {
    const current = table === 'cities' ? this.citySort : this.linkSort;
    const next: SortDir =
      dir ?? (current.key === key && current.dir === 'ascending' ? 'descending' : 'ascending');
    if (table === 'cities') {
      if ((CITY_KEYS as readonly string[]).includes(key)) this.citySort = { key: key as CityKey, dir: next };
    } else if ((LINK_KEYS as readonly string[]).includes(key)) {
      this.linkSort = { key: key as LinkKey, dir: next };
    }
  }

  override render() {
    const dataset = this.data;
    if (!dataset) return nothing;
    const t = exploreStrings(this.uiLang);
    const lang = t.lang;
    const cities = this.sorted(
      cityRows(dataset, lang, this.metrics, this.visibleCities),
      this.citySort.key,
      this.citySort.dir,
      lang,
    );
    const links = this.sorted(
      linkRows(dataset, lang, this.visibleLinks),
      this.linkSort.key,
      this.linkSort.dir,
      lang,
    );
    return html`<div lang=${lang}>
      ${this.renderCities(t, cities, dataset.cities.length)} ${this.populationNote(dataset, t)}
      ${this.renderLinks(t, links, dataset.links.length)}
    </div>`;
  }

  /** What the population column's figures are (`meta.population`): said once, under the cities. */
  private populationNote(dataset: Dataset, t: ExploreStrings): TemplateResult | typeof nothing {
    const about = dataset.meta.population;
    if (!about) return nothing;
    const url = safeUrl(about.source.url);
    const source = formatSource(about.source);
    return html`<p class="population-note" data-population-definition>
      ${t.colPopulation}: ${localize(about.definition, t.lang)}
      (${url ? html`<a href=${url} rel="noopener noreferrer">${source}</a>` : source}, ${about.year})
    </p>`;
  }

  /** Rows by name first, then by the column: ties stay in name order. */
  private sorted<R extends { name: string }, K extends keyof R & string>(
    rows: R[],
    key: K,
    dir: SortDir,
    lang: string,
  ): R[] {
    const byName = sortRows(rows, 'name', key === 'name' ? dir : 'ascending', lang);
    return key === 'name' ? byName : sortRows(byName, key, dir, lang);
  }

  private caption(id: string, title: string, shown: number, total: number, t: ExploreStrings) {
    return html`<caption part="caption">
      <span id=${id}>${title}</span> <span class="count">(${t.shown(shown, total)})</span>
      <span class="sr-only">${t.sortableHint}</span>
    </caption>`;
  }

  private header<K extends CityKey | LinkKey>(
    table: 'cities' | 'links',
    key: K,
    label: string,
    sort: Sort<K>,
  ): TemplateResult {
    const sorted = sort.key === key;
    const numeric = NUMERIC_KEYS.has(key);
    const arrow = sorted ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th scope="col" class=${numeric ? 'num' : nothing} aria-sort=${sorted ? sort.dir : 'none'}>
      <button type="button" data-sort=${key} @click=${() => this.sortBy(table, key)}>
        <span>${label}</span><span class="sort" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  private unverified(t: ExploreStrings): TemplateResult {
    return html`<span part="unverified" class="unverified">${t.unverified}</span>`;
  }

  /** The frame both tables share: scroll region, caption, sortable headers, rows or the "no rows" line. */
  private table<K extends CityKey | LinkKey>(
    kind: 'cities' | 'links',
    title: string,
    columns: [K, string][],
    sort: Sort<K>,
    rows: TemplateResult[],
    total: number,
    t: ExploreStrings,
  ): TemplateResult {
    const captionId = `${this.uid}-${kind}`;
    return html`<div class="scroll" role="region" aria-labelledby=${captionId} tabindex="0">
      <table part=${`table ${kind}-table`} data-table=${kind}>
        ${this.caption(captionId, title, rows.length, total, t)}
        <thead>
          <tr>
            ${columns.map(([key, label]) => this.header(kind, key, label, sort))}
          </tr>
        </thead>
        <tbody>
          ${rows.length === 0 ? html`<tr><td class="empty" colspan=${columns.length}>${t.noRows}</td></tr>` : rows}
        </tbody>
      </table>
    </div>`;
  }

  private renderCities(t: ExploreStrings, rows: CityRow[], total: number): TemplateResult {
    const metric = (value: number | null, key: string) =>
      html`<td class="num">${value === null ? t.none : t.number(value, DIGITS[key] ?? 3)}</td>`;
    const columns: [CityKey, string][] = [
      ['name', t.colName],
      ['country', t.colCountry],
      ['population', t.colPopulation],
      ['degree', t.colDegree],
      ['weightedDegree', t.colWeightedDegree],
      ['betweenness', t.colBetweenness],
      ['closeness', t.colCloseness],
      ['clustering', t.colClustering],
    ];
    return this.table(
      'cities',
      t.citiesCaption,
      columns,
      this.citySort,
      rows.map(
        (r) => html`<tr data-row-city=${r.id}>
                    <th scope="row">
                      <button type="button" @click=${() => this.select('city', r.id)}>${r.name}</button>
                      ${r.verified ? nothing : this.unverified(t)}
                      ${r.localNames.map((n) => html`<span class="local" lang=${n.lang}>${n.name}</span>`)}
                      ${r.note ? html`<span class="note">${t.note}: ${r.note}</span>` : nothing}
                    </th>
                    <td>${r.country}</td>
                    <td class="num">
                      ${r.population === null ? t.none : t.number(r.population)}
                      ${r.populationYear === null ? nothing : html`<span class="year">(${r.populationYear})</span>`}
                      ${r.populationVerified ? nothing : this.unverified(t)}
                      ${r.populationNote ? html`<span class="note">${r.populationNote}</span>` : nothing}
                    </td>
                    ${metric(r.degree, 'degree')} ${metric(r.weightedDegree, 'weightedDegree')}
                    ${metric(r.betweenness, 'betweenness')} ${metric(r.closeness, 'closeness')}
                    ${metric(r.clustering, 'clustering')}
                  </tr>`,
      ),
      total,
      t,
    );
  }

  private renderLinks(t: ExploreStrings, rows: LinkRow[], total: number): TemplateResult {
    const columns: [LinkKey, string][] = [
      ['name', t.colPartnership],
      ['a', t.colPartnerA],
      ['b', t.colPartnerB],
      ['type', t.colType],
      ['status', t.colStatus],
      ['since', t.colSince],
      ['description', t.colDescription],
      ['sources', t.colSources],
    ];
    return this.table(
      'links',
      t.linksCaption,
      columns,
      this.linkSort,
      rows.map(
        (r) => html`<tr data-row-link=${r.id}>
                    <th scope="row">
                      <button type="button" @click=${() => this.select('link', r.id)}>${r.name}</button>
                      ${r.verified ? nothing : this.unverified(t)}
                    </th>
                    <td>${r.a}</td>
                    <td>${r.b}</td>
                    <td>${r.type}</td>
                    <td data-status=${r.status} class=${r.status === 'proposed' ? 'proposed' : nothing}>
                      ${r.status === 'proposed' ? t.proposed : t.established}
                    </td>
                    <td class="num">
                      ${r.since === null ? t.none : String(r.since)}${r.until === null ? nothing : `–${r.until}`}
                    </td>
                    <td class="description">
                      ${r.description}
                      ${r.note ? html`<span class="note">${t.note}: ${r.note}</span>` : nothing}
                    </td>
                    <td>
                      ${
                        r.sources.length === 0
                          ? t.none
                          : html`<ul class="sources">
                              ${r.sources.map(
                                (s) =>
                                  html`<li>${s.url ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>` : s.title}</li>`,
                              )}
                            </ul>`
                      }
                    </td>
                  </tr>`,
      ),
      total,
      t,
    );
  }

  private select(kind: 'city' | 'link', id: string): void {
    this.dispatchEvent(
      new CustomEvent('archipelago-table-select', { detail: { kind, id }, bubbles: true, composed: false }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'archipelago-tables': ArchipelagoTables;
  }
  interface GlobalEventHandlersEventMap {
    'archipelago-table-select': CustomEvent<{ kind: 'city' | 'link'; id: string }>;
  }
}

// Defining twice (two bundles on one page) must not throw.
if (!customElements.get('archipelago-tables')) customElements.define('archipelago-tables', ArchipelagoTables);
