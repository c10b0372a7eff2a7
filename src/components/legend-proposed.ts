import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FilterResult, FilterState } from '../data/filters';
import type { Dataset } from '../data/schema';
import { isProposed } from '../data/sources';
import { fill, type Strings } from '../i18n/strings';
import { proposedMark, type Theme } from '../overlay/palette';

export interface ProposedSwitchContext {
  dataset: Dataset;
  theme: Theme;
  t: Strings;
  filters: FilterState;
  result: FilterResult;
  interactive: boolean;
  onFilters(next: FilterState): void;
}

/**
 * The legend's "Proposed (n)" row: a sample of the hollow mark proposed links and groups are drawn
 * with, and (full controls) the switch bound to `filters.proposed`. Nothing when the dataset proposes
 * nothing.
 */
export function renderProposedSwitch(ctx: ProposedSwitchContext): TemplateResult | typeof nothing {
  const { dataset, t, filters, result } = ctx;
  if (!dataset.links.some(isProposed) && !dataset.groups.some(isProposed)) return nothing;
  // The mark of a plain 2 px line of no type: the hollow, in the legend's muted ink.
  const mark = proposedMark({ color: '', dash: '', width: 2, opacity: 1 }, ctx.theme);
  const sample = html`<svg viewBox="0 0 40 12" aria-hidden="true">
    ${svg`<path d="M3 9 Q20 1 37 9" fill="none" stroke="var(--muted)" stroke-linecap="round"
        stroke-width=${mark.outer} />
      <path data-proposed-core d="M3 9 Q20 1 37 9" fill="none" stroke="var(--bg)" stroke-linecap="round"
        stroke-width=${mark.core} />`}
  </svg>`;
  const label = fill(t.proposedCount, { n: result.counts.proposed });
  return html`<ul class="proposed">
      <li>
        ${
          ctx.interactive
            ? html`<label class="switch">
              <input
                type="checkbox"
                data-filter-proposed
                .checked=${filters.proposed}
                @change=${(e: Event) =>
                  ctx.onFilters({ ...filters, proposed: (e.target as HTMLInputElement).checked })}
              />
              ${sample}<span>${label}</span>
            </label>`
            : html`${sample}<span>${label}</span>`
        }
      </li>
    </ul>`;
}
