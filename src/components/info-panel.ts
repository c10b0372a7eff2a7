import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { CityMetrics } from '../data/metrics';
import type { City, Dataset, Link, LocalizedText, Source } from '../data/schema';
import { type Claim, formatSource, isProposed, isVerified, type SingleSourceClaim } from '../data/sources';
import { cityNames, localize } from '../data/text';
import { type PanelStrings, panelStrings } from '../i18n/panel-strings';
import { strings, type UiLang } from '../i18n/strings';

export type PanelAction =
  | { action: 'select-city'; id: string; show: string[] }
  | { action: 'select-link'; id: string }
  | { action: 'path'; from: string; to: string | null }
  | { action: 'include-proposed'; include: boolean }
  | { action: 'close' };

const SAFE_URL = /^(https?:|mailto:)/i;

/**
 * The details and evidence behind a selection: a city with its names, facts, measures and partnerships,
 * or one partnership with its sources. Everything it shows comes from the dataset as text.
 *
 * @fires archipelago-panel-action - `{action: 'select-city' | 'select-link' | 'path' | 'include-proposed' | 'close', …}` (bubbles; not
 *   composed: it stays inside the map's shadow root)
 */
export class ArchipelagoPanel extends LitElement {
  static override properties = {
    data: { attribute: false },
    lang: { type: String },
    selection: { attribute: false },
    metrics: { attribute: false },
    ranks: { attribute: false },
    pathTo: { attribute: false },
    includeProposed: { attribute: false },
  };

  declare data: Dataset | null;
  declare lang: UiLang;
  declare selection: { kind: 'city' | 'link'; id: string } | null;
  declare metrics: Map<string, CityMetrics> | null;
  declare ranks: Map<keyof CityMetrics, Map<string, number>> | null;
  declare pathTo: string | null;
  /** Whether the measures and paths shown count proposed partnerships too (the switch under them). */
  declare includeProposed: boolean;

  constructor() {
    super();
    this.data = null;
    this.lang = 'en';
    this.selection = null;
    this.metrics = null;
    this.ranks = null;
    this.pathTo = null;
    this.includeProposed = false;
  }

  static override styles = css`
    :host {
      display: block;
      color: var(--ink, #14232e);
      font-size: 14px;
    }
    h2 {
      margin: 0;
      font-size: 1.35em;
      line-height: 1.2;
    }
    h3 {
      margin: 14px 0 4px;
      font-size: 0.8em;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: var(--muted, #425563);
    }
    p {
      margin: 4px 0;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2px 10px;
      margin: 8px 0 0;
    }
    dt {
      color: var(--muted, #425563);
    }
    dd {
      margin: 0;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li.partnership {
      padding: 8px 0;
      border-top: 1px solid var(--surface-border, #9fb2bf);
    }
    .names {
      color: var(--muted, #425563);
      margin-top: 4px;
    }
    .names span[lang] {
      white-space: nowrap;
    }
    .type {
      font-size: 0.85em;
      font-weight: 600;
    }
    .proposed {
      display: inline-block;
      padding: 0 6px;
      border-radius: 4px;
      /* Two lines, as a proposed link is drawn hollow on the map. */
      border: 3px double currentColor;
      font-size: 0.8em;
      font-weight: 600;
    }
    .unverified {
      display: inline-block;
      margin-inline-start: 4px;
      padding: 0 6px;
      border-radius: 4px;
      border: 1px dashed currentColor;
      font-size: 0.8em;
      font-style: italic;
      color: var(--muted, #425563);
    }
    .note {
      font-size: 0.9em;
      color: var(--muted, #425563);
      font-style: italic;
    }
    button.linkish {
      font: inherit;
      font-weight: 600;
      color: var(--focus, #0b57d0);
      background: none;
      border: none;
      padding: 2px 0;
      min-height: 24px;
      cursor: pointer;
      text-decoration: underline;
      text-underline-offset: 2px;
      text-align: start;
    }
    button.small {
      font: inherit;
      font-size: 0.85em;
      min-height: 28px;
      padding: 2px 8px;
      border-radius: 5px;
      border: 1px solid var(--surface-border, #9fb2bf);
      background: var(--surface, #fff);
      color: var(--ink, #14232e);
      cursor: pointer;
    }
    button:focus-visible,
    a:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--focus, #0b57d0);
      outline-offset: 2px;
    }
    a {
      color: var(--focus, #0b57d0);
    }
    .measures td,
    .measures th {
      padding: 2px 6px 2px 0;
      text-align: start;
      font-weight: 400;
    }
    .measures td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    select {
      font: inherit;
      min-height: 28px;
      max-width: 100%;
      color: var(--ink, #14232e);
      background: var(--surface, #fff);
      /* A field's edge needs 3:1 against the surface (WCAG 1.4.11). */
      border: 1px solid var(--muted, #425563);
      border-radius: 5px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
    }
    label.include-proposed {
      flex-wrap: nowrap;
      align-items: flex-start;
      margin-top: 8px;
      font-size: 0.9em;
      cursor: pointer;
    }
    label.include-proposed input {
      flex: none;
      width: 18px;
      height: 18px;
      margin: 1px 0 0;
      accent-color: var(--focus, #0b57d0);
    }
    input:focus-visible {
      outline: 3px solid var(--focus, #0b57d0);
      outline-offset: 2px;
    }
  `;

  override render() {
    const dataset = this.data;
    const sel = this.selection;
    if (!dataset || !sel) return nothing;
    const t = panelStrings(this.lang);
    if (sel.kind === 'city') {
      const city = dataset.cities.find((c) => c.id === sel.id);
      return city ? this.renderCity(dataset, city, t) : nothing;
    }
    const link = dataset.links.find((l) => l.id === sel.id);
    return link ? this.renderLink(dataset, link, t) : nothing;
  }

  private text(value: LocalizedText | undefined): string {
    return localize(value, this.lang);
  }

  private cityName(dataset: Dataset, id: string): string {
    const city = dataset.cities.find((c) => c.id === id);
    return city ? this.text(city.name) : id;
  }

  private renderCity(dataset: Dataset, city: City, t: PanelStrings): TemplateResult {
    const lang = this.lang;
    const names = cityNames(city);
    const links = dataset.links
      .filter((l) => l.source === city.id || l.target === city.id)
      .sort((a, b) => {
        const pa = this.cityName(dataset, a.source === city.id ? a.target : a.source);
        const pb = this.cityName(dataset, b.source === city.id ? b.target : b.source);
        return pa.localeCompare(pb, lang) || a.id.localeCompare(b.id);
      });
    const priorities = dataset.priorities.filter((p) => p.cities.includes(city.id));
    const groups = dataset.groups.filter((g) => g.members.includes(city.id));
    const pop = city.population;
    const m = this.metrics?.get(city.id);
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
    const others = dataset.cities.filter((c) => c.id !== city.id && c.kind === 'metropolis');
    return html`
      <h2 id="panel-title">${this.text(city.name)}</h2>
      <p class="names" aria-label=${t.names}>
        ${names.map(
          (n, i) =>
            html`${i ? ' · ' : ''}<span lang=${n.lang}>${n.name}</span> <small>(${n.lang}${n.local ? `, ${t.local}` : ''})</small>`,
        )}
      </p>
      <dl>
        <dt>${t.country}</dt>
        <dd>${countryName(city.country, lang)}</dd>
        ${
          pop
            ? html`<dt>${t.population}</dt>
              <dd>
                ${new Intl.NumberFormat(lang).format(pop.value)} (${pop.year}) ${this.unverified(pop, t)}
                ${pop.note ? html`<div class="note">${this.text(pop.note)}</div>` : nothing}
                ${
                  dataset.meta.population
                    ? html`<div class="note" data-population-definition>
                      ${this.text(dataset.meta.population.definition)}
                    </div>`
                    : nothing
                }
                <div class="note">${t.source}: ${this.source(pop.source)}</div>
              </dd>`
            : nothing
        }
        ${city.membership ? html`<dt>${t.membership}</dt><dd>${t.memberships[city.membership]}</dd>` : nothing}
        ${city.role ? html`<dt>${t.role}</dt><dd>${this.text(city.role)}</dd>` : nothing}
      </dl>
      ${
        !isVerified(city) || city.note
          ? html`<p>${this.unverified(city, t)} <span class="note">${this.text(city.note)}</span></p>`
          : nothing
      }
      ${city.description ? html`<p>${this.text(city.description)}</p>` : nothing}
      ${
        priorities.length
          ? html`<h3>${t.priorities}</h3>
            <ul>
              ${priorities.map((p) => html`<li>${this.text(p.name)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        city.strategies?.length
          ? html`<h3>${t.strategies}</h3>
            <ul>
              ${city.strategies.map((s) => html`<li><p>${this.text(s)}</p></li>`)}
            </ul>`
          : nothing
      }
      ${
        m && city.kind === 'metropolis'
          ? html`<h3>${t.measures}</h3>
            <table class="measures">
              <tbody>
                ${(['degree', 'weightedDegree', 'betweenness', 'closeness', 'clustering'] as const).map(
                  (key) => html`<tr>
                    <th scope="row">${t.metrics[key]}</th>
                    <td>${format.format(m[key])}</td>
                    <td>${this.rank(key, city.id, t)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      ${
        city.kind === 'metropolis'
          ? html`<h3>${t.path}</h3>
            <div class="row">
              <label for="path-to">${t.pathTo}</label>
              <select id="path-to" @change=${(e: Event) => this.onPathChange(city.id, e)}>
                <option value="" ?selected=${!this.pathTo}>—</option>
                ${others.map(
                  (c) =>
                    html`<option value=${c.id} ?selected=${this.pathTo === c.id}>${this.text(c.name)}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${city.kind === 'metropolis' ? this.proposalsSwitch(dataset) : nothing}
      ${
        groups.length
          ? html`<h3>${t.groups}</h3>
            <ul>
              ${groups.map(
                (g) =>
                  html`<li>
                    ${this.text(g.name)} (${g.members.map((id) => this.cityName(dataset, id)).join(', ')})
                    ${this.proposed(g, t)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <h3>${t.partnerships} (${links.length})</h3>
      ${links.length === 0 ? html`<p>${t.noPartnerships}</p>` : nothing}
      <ul>
        ${links.map((link) => this.renderPartnership(dataset, city.id, link, t))}
      </ul>
    `;
  }

  private renderPartnership(dataset: Dataset, cityId: string, link: Link, t: PanelStrings): TemplateResult {
    const partner = link.source === cityId ? link.target : link.source;
    const type = dataset.linkTypes.find((x) => x.id === link.type);
    return html`<li class="partnership" data-partnership=${link.id}>
      <div class="row">
        <button
          type="button"
          class="linkish"
          data-partner=${partner}
          @click=${() => this.emit({ action: 'select-city', id: partner, show: [cityId, partner] })}
        >
          ${this.cityName(dataset, partner)}
        </button>
        <span class="type">${type ? this.text(type.label) : link.type}</span>
        ${link.since ? html`<span>${t.since} ${link.since}</span>` : nothing}
        ${this.proposed(link, t)} ${this.unverified(link, t)}
      </div>
      <p>${this.text(link.title ?? link.description)}</p>
      <button type="button" class="small" data-evidence=${link.id} @click=${() => this.emit({ action: 'select-link', id: link.id })}>
        ${t.evidence}
      </button>
    </li>`;
  }

  private renderLink(dataset: Dataset, link: Link, t: PanelStrings): TemplateResult {
    const type = dataset.linkTypes.find((x) => x.id === link.type);
    const years = link.since ? `${link.since}${link.until ? `–${link.until}` : ''}` : t.unknownYear;
    return html`
      <p class="type">${type ? this.text(type.label) : link.type} ${this.proposed(link, t)}</p>
      <h2 id="panel-title">${link.title ? this.text(link.title) : `${this.cityName(dataset, link.source)} – ${this.cityName(dataset, link.target)}`}</h2>
      <div class="row">
        ${[link.source, link.target].map(
          (id) =>
            html`<button
              type="button"
              class="linkish"
              data-partner=${id}
              @click=${() => this.emit({ action: 'select-city', id, show: [link.source, link.target] })}
            >
              ${this.cityName(dataset, id)}
            </button>`,
        )}
      </div>
      <dl>
        <dt>${t.since}</dt>
        <dd>${years}</dd>
      </dl>
      <p>${this.text(link.description)}</p>
      ${type?.description ? html`<p class="note">${this.text(type.description)}</p>` : nothing}
      ${
        !isVerified(link) || link.note
          ? html`<p>${this.unverified(link, t)} <span class="note">${this.text(link.note)}</span></p>`
          : nothing
      }
      <h3>${t.sources}</h3>
      <ul>
        ${link.sources.map((s) => html`<li><p>${this.source(s)}</p></li>`)}
      </ul>
    `;
  }

  /** A source as one line (`formatSource`: a slide by its number and title), linked when it has a safe URL. */
  private source(source: Source): TemplateResult {
    const title = formatSource(source);
    return source.url && SAFE_URL.test(source.url)
      ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${title}</a>`
      : html`${title}`;
  }

  /** The "unverified" marker of a claim that cites no source or is marked unverified (`isVerified`). */
  private unverified(claim: Claim | SingleSourceClaim, t: PanelStrings) {
    return isVerified(claim) ? nothing : html`<span class="unverified">${t.unverified}</span>`;
  }

  private proposed(entry: Parameters<typeof isProposed>[0], t: PanelStrings) {
    return isProposed(entry)
      ? html`<span class="proposed" data-status="proposed">${t.proposed}</span>`
      : nothing;
  }

  /**
   * Under the measures and the path: they count established partnerships only, unless the reader asks
   * for the proposals too. Shown only when the dataset proposes something.
   */
  private proposalsSwitch(dataset: Dataset) {
    if (!dataset.links.some(isProposed) && !dataset.groups.some(isProposed)) return nothing;
    return html`<label class="row include-proposed">
      <input
        type="checkbox"
        data-include-proposed
        .checked=${this.includeProposed}
        @change=${(e: Event) =>
          this.emit({ action: 'include-proposed', include: (e.target as HTMLInputElement).checked })}
      />
      ${strings(this.lang).includeProposed}
    </label>`;
  }

  private rank(key: keyof CityMetrics, id: string, t: PanelStrings): string {
    const rank = this.ranks?.get(key)?.get(id);
    const total = this.ranks?.get(key)?.size ?? 0;
    return rank ? t.rankOf(rank, total) : '';
  }

  private onPathChange(from: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.emit({ action: 'path', from, to: value || null });
  }

  private emit(detail: PanelAction): void {
    this.dispatchEvent(
      new CustomEvent('archipelago-panel-action', { detail, bubbles: true, composed: false }),
    );
  }
}

function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'archipelago-panel-action': CustomEvent<PanelAction>;
  }
}

if (!customElements.get('archipelago-panel')) customElements.define('archipelago-panel', ArchipelagoPanel);
