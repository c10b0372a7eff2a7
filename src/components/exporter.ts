import { applyFilters, type FilterState } from '../data/filters';
import type { Dataset } from '../data/schema';
import { localize } from '../data/text';
import { chapterFromView, chapterJsonText } from '../export/chapter-json';
import { type ExportScene, type LegendSpec, renderCanvas, renderPng } from '../export/compose';
import { overlaySvg } from '../export/svg';
import { fill, strings, type UiLang } from '../i18n/strings';
import { linkStyle, proposedMark, type Theme } from '../overlay/palette';
import type { CameraView } from './camera-view';
import { THEME_TOKENS } from './theme-tokens';

export { chapterFileName, download, zipFiles } from '../export/files';

export interface ExportSource {
  dataset: Dataset;
  view: CameraView | null;
  overlay: SVGSVGElement;
  frame: HTMLElement;
  theme: Theme;
  lang: UiLang;
  filters: FilterState;
  /** Caption of the picture: the chapter shown, else the dataset's title. */
  caption: { title: string; text: string } | null;
}

/**
 * Everything drawn in the export legend: the partnership types in use, the hollow mark of proposals when
 * any is drawn, then the groups.
 */
function legendSpec(source: ExportSource): LegendSpec {
  const { dataset, lang, theme, frame } = source;
  const tokens = THEME_TOKENS[theme];
  const used = new Set(dataset.links.map((l) => l.type));
  const items: LegendSpec['items'] = dataset.linkTypes
    .filter((t) => used.has(t.id) && !source.filters.hiddenTypes.includes(t.id))
    .map((t) => {
      const style = linkStyle(t.id, theme, t.color);
      return {
        label: localize(t.label, lang),
        color: style.color,
        dash: style.dash,
        width: style.width,
        kind: 'link',
      };
    });
  const proposed = source.filters.proposed ? applyFilters(dataset, source.filters).counts.proposed : 0;
  if (proposed > 0) {
    const mark = proposedMark({ color: '', dash: '', width: 2, opacity: 1 }, theme);
    items.push({
      label: fill(strings(lang).proposedCount, { n: proposed }),
      color: tokens.muted!,
      dash: '',
      width: mark.outer,
      core: { color: tokens.water!, width: mark.core },
      kind: 'link',
    });
  }
  for (const g of dataset.groups) {
    if (source.filters.hiddenGroups.includes(g.id)) continue;
    const mark = frame.querySelector(`[data-group="${CSS.escape(g.id)}"]`);
    const color = mark ? getComputedStyle(mark).getPropertyValue('--hull-stroke').trim() : '';
    items.push({
      label: localize(g.name, lang),
      color: color || tokens['hull-stroke']!,
      dash: '4 3',
      width: 1.5,
      kind: 'group',
    });
  }
  return { title: localize(dataset.meta.title, lang), items };
}

function scene(source: ExportScene['mapCanvas'], s: ExportSource): ExportScene {
  const css = getComputedStyle(s.frame);
  /** What the stylesheet would set, should the frame have none of its colours (not yet styled). */
  const tokens = THEME_TOKENS[s.theme];
  const attribution = s.frame.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() || null;
  return {
    mapCanvas: source,
    overlay: s.overlay,
    styleSource: s.frame,
    background: css.getPropertyValue('--bg').trim() || tokens.water!,
    legend: legendSpec(s),
    caption: s.caption,
    font: css.fontFamily,
    textColor: css.getPropertyValue('--ink').trim() || tokens.ink!,
    surfaceColor: css.getPropertyValue('--surface').trim() || tokens.surface!,
    borderColor: css.getPropertyValue('--surface-border').trim() || tokens['surface-border']!,
    attribution,
  };
}

/** The current view as a PNG of exactly `size` pixels, the basemap rendered sharp at that size. */
export async function exportPng(
  source: ExportSource,
  size: { width: number; height: number },
): Promise<Blob> {
  const view = source.view;
  if (!view) return renderPng(scene(null, source), size);
  return view.atPixelRatio(pixelRatioFor(view, size), (canvas) => renderPng(scene(canvas, source), size));
}

/** Device pixels per CSS pixel that render the basemap sharp at `size`. */
export function pixelRatioFor(view: CameraView, size: { width: number; height: number }): number {
  const { width, height } = view.viewport();
  return Math.min(4, Math.max(1, size.width / Math.max(1, width), size.height / Math.max(1, height)));
}

/** One frame of a film: the view composed as the PNG export does, on `into`. */
export async function composeFrame(
  source: ExportSource,
  size: { width: number; height: number },
  into: HTMLCanvasElement,
): Promise<void> {
  const view = source.view;
  if (!view) await renderCanvas(scene(null, source), size, into);
  else
    await view.atPixelRatio(pixelRatioFor(view, size), (canvas) =>
      renderCanvas(scene(canvas, source), size, into),
    );
}

export function exportOverlaySvg(source: ExportSource): string {
  return overlaySvg(source.overlay, source.frame);
}

/** The current camera, selection and filters as chapter JSON, for authors writing their own story. */
export function viewChapterJson(source: ExportSource, selected: string | null): string {
  const camera = source.view?.camera() ?? { center: [20, 57], zoom: 4, bearing: 0 };
  return chapterJsonText(
    chapterFromView({
      camera,
      selected,
      filters: source.filters,
      dataset: source.dataset,
    }),
  );
}
