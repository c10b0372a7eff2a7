import { html, nothing } from 'lit';
import type { CityMetrics } from '../data/metrics';
import type { Dataset } from '../data/schema';
import { localize } from '../data/text';
import { fill, strings, type UiLang } from '../i18n/strings';
import type { PathResult } from '../state/explore';
import type { PanelAction } from './info-panel';

export interface SidePanelProps {
  dataset: Dataset;
  lang: UiLang;
  selection: { kind: 'city' | 'link'; id: string } | null;
  path: PathResult | null;
  measures: Map<string, CityMetrics> | null;
  ranks: Map<keyof CityMetrics, Map<string, number>> | null;
  includeProposed: boolean;
  onClose: () => void;
  onAction: (action: PanelAction) => void;
}

/** The panel beside the map: the shortest path shown, then the selected city's or link's details. */
export function renderSidePanel(p: SidePanelProps) {
  const t = strings(p.lang);
  const { selection, path } = p;
  if (!selection && !path) return nothing;
  return html`<aside class="panel" aria-labelledby="panel-title" data-panel tabindex="-1">
    <button type="button" class="close" data-close-panel @click=${p.onClose}>${t.close}</button>
    ${path ? renderPath(p.dataset, path, p.lang) : nothing}
    <archipelago-panel
      .data=${p.dataset}
      lang=${p.lang}
      .selection=${selection}
      .metrics=${p.measures}
      .ranks=${p.ranks}
      .includeProposed=${p.includeProposed}
      .pathTo=${path && selection?.kind === 'city' && path.from === selection.id ? path.to : null}
      @archipelago-panel-action=${(e: CustomEvent<PanelAction>) => p.onAction(e.detail)}
    ></archipelago-panel>
  </aside>`;
}

function renderPath(dataset: Dataset, path: PathResult, lang: UiLang) {
  const t = strings(lang);
  const name = (id: string) => {
    const c = dataset.cities.find((x) => x.id === id);
    return c ? localize(c.name, lang) : id;
  };
  return html`<section class="path" data-path-result aria-labelledby="path-title">
    <h2 id="path-title">${t.pathLabel}: ${name(path.from)} → ${name(path.to)}</h2>
    ${
      path.cities
        ? html`<p>${fill(t.pathHops, { n: path.cities.length - 1 })}</p>
          <ol>
            ${path.cities.map((id) => html`<li data-hop=${id}>${name(id)}</li>`)}
          </ol>`
        : html`<p class="no-path" data-no-path>${fill(t.noPath, { from: name(path.from), to: name(path.to) })}</p>`
    }
  </section>`;
}
