import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FilterResult, FilterState } from '../data/filters';
import type { Dataset } from '../data/schema';
import { localize } from '../data/text';
import { fill, type Strings, type UiLang } from '../i18n/strings';
import { dashArray, GROUP_HUES, linkStyle, type Theme } from '../overlay/palette';
import { renderProposedSwitch } from './legend-proposed';

export interface LegendContext {
  dataset: Dataset;
  lang: UiLang;
  theme: Theme;
  t: Strings;
  open: boolean;
  filters: FilterState;
  result: FilterResult;
  /** Whether the legend's switches filter (`full` controls) or only explain (`minimal`). */
  interactive: boolean;
  /** What island size shows now, in words. */
  sizeLabel: string;
  onToggleOpen(): void;
  onFilters(next: FilterState): void;
}

function toggled(list: readonly string[], id: string, show: boolean): string[] {
  return show ? list.filter((x) => x !== id) : [...new Set([...list, id])];
}

/** The legend, which doubles as the filters: one switch per link type and per group. */
export function renderLegend(ctx: LegendContext): TemplateResult {
  const { dataset, lang, theme, t, filters, result } = ctx;
  // Folded, the legend's button still says that the map shows less than the data.
  const on =
    filters.hiddenTypes.length +
    filters.hiddenGroups.length +
    (filters.priority ? 1 : 0) +
    (filters.years ? 1 : 0) +
    (filters.proposed === false ? 1 : 0);
  const toggle = html`<button
    type="button"
    class="legend-toggle"
    aria-expanded=${String(ctx.open)}
    aria-controls="legend-body"
    @click=${ctx.onToggleOpen}
  >
    ${t.legend}${on > 0 && !ctx.open ? html` <span class="legend-count">· ${fill(t.filtersOn, { count: on })}</span>` : nothing}
  </button>`;
  if (!ctx.open) return html`<section class="legend closed" aria-label=${t.legend}>${toggle}</section>`;

  const counts = new Map<string, number>();
  for (const l of dataset.links) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
  const types = dataset.linkTypes.filter((type) => counts.has(type.id));
  const interactive = ctx.interactive;
  const typeRow = (type: (typeof types)[number]) => {
    const style = linkStyle(type.id, theme, type.color);
    const shown = !filters.hiddenTypes.includes(type.id);
    const swatch = html`<svg viewBox="0 0 40 12" aria-hidden="true">
      ${svg`<path d="M2 9 Q20 1 38 9" fill="none" stroke=${style.color} stroke-width=${style.width}
        stroke-dasharray=${dashArray(style.dash, style.width)} stroke-linecap="round" />`}
    </svg>`;
    const name = localize(type.label, lang);
    return html`<li>
      ${
        interactive
          ? html`<label class="switch">
            <input
              type="checkbox"
              data-filter-type=${type.id}
              .checked=${shown}
              @change=${(e: Event) =>
                ctx.onFilters({
                  ...filters,
                  hiddenTypes: toggled(filters.hiddenTypes, type.id, (e.target as HTMLInputElement).checked),
                })}
            />
            ${swatch}<span>${name}</span>
          </label>`
          : html`${swatch}<span>${name}</span>`
      }
      <span class="count">${counts.get(type.id)}</span>
    </li>`;
  };
  const groupRow = (g: Dataset['groups'][number], i: number) => {
    const shown = !filters.hiddenGroups.includes(g.id);
    const swatch = html`<svg viewBox="0 0 40 16" aria-hidden="true">
      ${svg`<rect x="2" y="2" width="36" height="12" rx="6" fill="var(--hull-stroke)" fill-opacity="0.12"
        stroke="var(--hull-stroke)" stroke-dasharray="4 3" stroke-width="1.5" />`}
    </svg>`;
    const name = localize(g.name, lang);
    return html`<li class=${`hue-${i % GROUP_HUES}`}>
      ${
        interactive
          ? html`<label class="switch">
            <input
              type="checkbox"
              data-filter-group=${g.id}
              .checked=${shown}
              @change=${(e: Event) =>
                ctx.onFilters({
                  ...filters,
                  hiddenGroups: toggled(filters.hiddenGroups, g.id, (e.target as HTMLInputElement).checked),
                })}
            />
            ${swatch}<span>${name}</span>
          </label>`
          : html`${swatch}<span>${name}</span>`
      }
      <span class="count">${g.members.length}</span>
    </li>`;
  };

  const filtered =
    filters.hiddenTypes.length > 0 ||
    filters.hiddenGroups.length > 0 ||
    filters.priority ||
    filters.years ||
    !filters.proposed;

  return html`<section class="legend" aria-label=${t.legend}>
    <div class="legend-head"><h2>${localize(dataset.meta.title, lang)}</h2>${toggle}</div>
    <div id="legend-body">
      <h3>${t.partnerships}</h3>
      <ul>
        ${types.map(typeRow)}
      </ul>
      ${renderProposedSwitch(ctx)}
      ${
        dataset.groups.length
          ? html`<h3>${t.groups}</h3>
            <ul>
              ${dataset.groups.map(groupRow)}
            </ul>`
          : nothing
      }
      ${
        interactive && dataset.priorities.length
          ? html`<h3 class="filter-heading"><label for="priority">${t.priority}</label></h3>
            <select
              id="priority"
              @change=${(e: Event) =>
                ctx.onFilters({ ...filters, priority: (e.target as HTMLSelectElement).value || null })}
            >
              <option value="" ?selected=${!filters.priority}>${t.allPriorities}</option>
              ${dataset.priorities.map(
                (p) =>
                  html`<option value=${p.id} ?selected=${filters.priority === p.id}>
                    ${localize(p.name, lang)} (${p.cities.length})
                  </option>`,
              )}
            </select>`
          : nothing
      }
      ${
        /* The years are chosen on the timeline; the legend says what a range hides for want of a start year. */
        filters.years && result.undated
          ? html`<p class="hint" data-undated>${fill(t.undatedHidden, { n: result.undated })}</p>`
          : nothing
      }
      <h3>${t.metropolis}</h3>
      <ul>
        <li>
          <svg viewBox="0 0 40 16" aria-hidden="true">
            ${svg`<circle cx="10" cy="8" r="4" fill="var(--island-fill)" stroke="var(--island-stroke)" />
              <circle cx="28" cy="8" r="7" fill="var(--island-fill)" stroke="var(--island-stroke)" />`}
          </svg>
          <span>${t.sizeBy}: ${ctx.sizeLabel}</span>
        </li>
      </ul>
      ${
        interactive
          ? html`<div class="legend-foot">
            <p class="counts" data-counts>
              ${fill(t.visibleCounts, {
                cities: result.counts.cities,
                links: result.counts.links,
                groups: result.counts.groups,
              })}
            </p>
            <button
              type="button"
              data-reset
              ?disabled=${!filtered}
              @click=${() => ctx.onFilters({ hiddenTypes: [], hiddenGroups: [], priority: null, years: null, proposed: true })}
            >
              ${t.reset}
            </button>
          </div>`
          : nothing
      }
    </div>
  </section>`;
}
