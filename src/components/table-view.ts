import { html } from 'lit';
import type { CityMetrics } from '../data/metrics';
import type { Dataset } from '../data/schema';
import type { Strings, UiLang } from '../i18n/strings';

export interface TableViewProps {
  t: Strings;
  lang: UiLang;
  dataset: Dataset | null;
  measures: Map<string, CityMetrics> | null;
  visibleCities: Set<string> | null;
  visibleLinks: Set<string> | null;
  onClose: () => void;
  onSelect: (kind: 'city' | 'link', id: string) => void;
}

/** The same data as two sortable tables over the map, following the filters. */
export function renderTableView(p: TableViewProps) {
  return html`<section class="tables" aria-label=${p.t.table}>
    <div class="tables-head">
      <button type="button" data-close-table @click=${p.onClose}>${p.t.map}</button>
    </div>
    <archipelago-tables
      .data=${p.dataset}
      lang=${p.lang}
      .metrics=${p.measures}
      .visibleCities=${p.visibleCities}
      .visibleLinks=${p.visibleLinks}
      @archipelago-table-select=${(e: CustomEvent<{ kind: 'city' | 'link'; id: string }>) =>
        p.onSelect(e.detail.kind, e.detail.id)}
    ></archipelago-tables>
  </section>`;
}
