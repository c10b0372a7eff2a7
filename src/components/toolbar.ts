import { html, nothing } from 'lit';
import type { Dataset } from '../data/schema';
import type { Strings, UiLang } from '../i18n/strings';
import type { IslandMetric } from '../overlay/from-dataset';
import { ISLAND_METRICS, METRIC_LABELS } from '../state/options';
import type { ExportKind } from './exports';
import './city-search';

export interface ToolbarProps {
  t: Strings;
  lang: UiLang;
  dataset: Dataset | null;
  narrow: boolean;
  menuOpen: boolean;
  metric: IslandMetric;
  tableOpen: boolean;
  exportOpen: boolean;
  hasChapters: boolean;
  onMenu: () => void;
  onSearch: (id: string) => void;
  onMetric: (metric: IslandMetric) => void;
  onTable: () => void;
  onExportMenu: () => void;
  onExport: (kind: ExportKind) => void;
  onHelp: () => void;
}

/** The exploring toolbar: search, island size, table view, exports and the keys; a menu when narrow. */
export function renderToolbar(p: ToolbarProps) {
  const t = p.t;
  const menu = p.narrow
    ? html`<button
        type="button"
        class="tool menu-button"
        data-menu
        aria-expanded=${String(p.menuOpen)}
        aria-controls="toolbar-items"
        @click=${p.onMenu}
      >
        ☰ ${t.menu}
      </button>`
    : nothing;
  if (p.narrow && !p.menuOpen) return html`<div class="toolbar">${menu}</div>`;
  return html`<div class="toolbar ${p.narrow ? 'folded' : ''}">
    ${menu}
    <div id="toolbar-items" class="toolbar-items">
    <archipelago-search
      .data=${p.dataset}
      lang=${p.lang}
      label=${t.searchLabel}
      @archipelago-search-choose=${(e: CustomEvent<{ id: string }>) => p.onSearch(e.detail.id)}
    ></archipelago-search>
    <label class="tool">
      <span>${t.sizeBy}</span>
      <select data-metric @change=${(e: Event) => p.onMetric((e.target as HTMLSelectElement).value as IslandMetric)}>
        ${ISLAND_METRICS.map((m) => html`<option value=${m} ?selected=${p.metric === m}>${t[METRIC_LABELS[m]]}</option>`)}
      </select>
    </label>
    <button type="button" class="tool" data-table-toggle aria-pressed=${String(p.tableOpen)} @click=${p.onTable}>
      ${p.tableOpen ? t.map : t.table}
    </button>
    <div class="export">
      <button
        type="button"
        class="tool"
        data-export
        aria-expanded=${String(p.exportOpen)}
        aria-controls="export-menu"
        @click=${p.onExportMenu}
      >
        ${t.export}
      </button>
      ${
        p.exportOpen
          ? html`<ul id="export-menu" class="export-menu">
            <li><button type="button" data-export-png @click=${() => p.onExport('png')}>${t.exportPng}</button></li>
            <li><button type="button" data-export-png2x @click=${() => p.onExport('png2x')}>${t.exportPng2x}</button></li>
            <li><button type="button" data-export-svg @click=${() => p.onExport('svg')}>${t.exportSvg}</button></li>
            ${
              p.hasChapters
                ? html`<li>
                  <button type="button" data-export-chapters @click=${() => p.onExport('chapters')}>
                    ${t.exportChapters}
                  </button>
                </li>`
                : nothing
            }
            ${
              p.hasChapters
                ? html`<li>
                  <button type="button" data-export-video @click=${() => p.onExport('video')}>
                    ${'VideoEncoder' in window ? t.exportVideo : t.videoUnsupported}
                  </button>
                </li>`
                : nothing
            }
            <li><button type="button" data-copy-chapter @click=${() => p.onExport('chapter')}>${t.copyChapter}</button></li>
          </ul>`
          : nothing
      }
    </div>
    <button type="button" class="tool" data-help aria-label=${t.keys} title=${t.keys} @click=${p.onHelp}>?</button>
    </div>
  </div>`;
}
