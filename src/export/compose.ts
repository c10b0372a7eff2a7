/**
 * One picture of the current view for slides and print: basemap, overlay, legend and caption composed on
 * a canvas at the target size (1920×1080, 3840×2160, …).
 *
 * - The map canvas is scaled to COVER the target and centre-cropped; the overlay is drawn with the same
 *   transform, so marks stay on their places of the basemap. Any canvas size works: the canvas stands for
 *   the overlay's CSS box whatever its pixel ratio (the caller raises MapLibre's pixel ratio for a sharp
 *   basemap).
 * - The overlay's shapes are rasterised from the styled SVG copy (`styledOverlayClone`, the same one
 *   `overlaySvg` writes). Its TEXT is drawn with canvas 2D instead, at the place and in the font the live
 *   labels have: an SVG loaded as an image cannot use the page's web fonts, canvas text can. Within each
 *   layer, shapes come first and text after (group names over their hull, city names on top as on
 *   screen).
 * - Legend (bottom left) and caption (bottom) are drawn at the target's resolution, sized to it: 22 px
 *   legend text at 1920×1080, 44 px at 3840×2160.
 * - The sea colour is painted first, so the result is never blank or transparent.
 */
import { THEME_TOKENS } from '../components/theme-tokens';
import { scaledDash } from '../overlay/palette';
import { overlaySize, styledOverlayClone } from './svg';

export interface LegendSpec {
  title: string;
  items: {
    label: string;
    color: string;
    dash: string;
    width: number;
    kind: 'link' | 'group';
    /** A line drawn inside the link's (the hollow mark of proposals), its width as `width`'s. */
    core?: { color: string; width: number };
  }[];
}

export interface ExportScene {
  /** MapLibre's canvas (null for basemap="none": the background fills the picture). */
  mapCanvas: HTMLCanvasElement | null;
  /** The live overlay SVG. */
  overlay: SVGSVGElement;
  /** Element whose computed styles and custom properties apply (the `.frame` div). */
  styleSource: Element;
  /** Sea colour. */
  background: string;
  legend: LegendSpec | null;
  caption: { title: string; text: string } | null;
  /** CSS font-family for text drawn on the canvas. */
  font: string;
  textColor: string;
  surfaceColor: string;
  borderColor: string;
  /** Map credits (e.g. the attribution control's text), written small in the bottom-right corner. */
  attribution?: string | null;
}

/** The size the layout is designed at; everything scales with the target relative to it. */
const DESIGN = { width: 1920, height: 1080 };
/** Largest canvas side browsers reliably allocate. */
const MAX_SIDE = 16_384;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Renders the scene to a PNG of exactly `size` pixels. */
export async function renderPng(scene: ExportScene, size: { width: number; height: number }): Promise<Blob> {
  return toBlob(await renderCanvas(scene, size));
}

/** Renders the scene on a canvas of exactly `size` pixels: `into` when given (a film's every frame). */
export async function renderCanvas(
  scene: ExportScene,
  size: { width: number; height: number },
  into?: HTMLCanvasElement,
): Promise<HTMLCanvasElement> {
  const { width, height } = targetSize(size);
  const canvas = into ?? document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to compose the picture on');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';

  ctx.fillStyle = scene.background || THEME_TOKENS.light.water!;
  ctx.fillRect(0, 0, width, height);

  const cover = coverOf(scene, width, height);
  const map = scene.mapCanvas;
  if (map && map.width > 0 && map.height > 0) {
    ctx.drawImage(map, 0, 0, map.width, map.height, cover.dx, cover.dy, cover.width, cover.height);
  }

  await drawOverlay(ctx, scene, cover);

  const furniture = await arrange(ctx, scene, width, height);
  if (furniture.caption) drawCaption(ctx, scene, furniture.caption, furniture.k);
  if (furniture.legend) drawLegend(ctx, scene, furniture.legend, furniture.k);
  if (scene.attribution?.trim()) {
    drawAttribution(ctx, scene, scene.attribution.trim(), furniture.k, width, height);
  }
  return canvas;
}

/**
 * How much of the overlay's box (CSS px, like the element's own insets) the picture of `size` does not
 * show clear: cropped away by the cover fit, or under the legend (left) and caption (bottom). A caller
 * that wants every island in the clear can fit the camera into the rest before `renderPng`.
 */
export async function exportInsets(
  scene: ExportScene,
  size: { width: number; height: number },
): Promise<{ top: number; right: number; bottom: number; left: number }> {
  const { width, height } = targetSize(size);
  const ctx = document.createElement('canvas').getContext('2d');
  const cover = coverOf(scene, width, height);
  const toCss = (px: number) => Math.max(0, Math.ceil(px / cover.scale));
  const insets = {
    top: toCss(-cover.dy),
    right: toCss(cover.width + cover.dx - width),
    bottom: toCss(cover.height + cover.dy - height),
    left: toCss(-cover.dx),
  };
  if (!ctx) return insets;
  const { legend, caption, margin } = await arrange(ctx, scene, width, height);
  if (caption)
    insets.bottom = Math.max(insets.bottom, toCss(cover.height + cover.dy - caption.box.y + margin / 2));
  if (legend)
    insets.left = Math.max(insets.left, toCss(legend.box.x + legend.box.width + margin / 2 - cover.dx));
  return insets;
}

function targetSize(size: { width: number; height: number }): { width: number; height: number } {
  const width = Math.round(size.width);
  const height = Math.round(size.height);
  if (!(width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE)) {
    throw new RangeError(`cannot export a ${size.width}×${size.height} picture`);
  }
  return { width, height };
}

/** The transform that makes the overlay's CSS box cover the target, centred. */
function coverOf(scene: ExportScene, width: number, height: number): Cover {
  const box = sceneBox(scene, width, height);
  const scale = Math.max(width / box.width, height / box.height);
  return {
    scale,
    dx: (width - box.width * scale) / 2,
    dy: (height - box.height * scale) / 2,
    width: box.width * scale,
    height: box.height * scale,
  };
}

interface Furniture {
  k: number;
  margin: number;
  legend: { spec: LegendSpec; layout: LegendLayout; box: Box } | null;
  caption: CaptionLayout | null;
}

/**
 * Where legend and caption go: the caption along the bottom, beside the legend when there is room,
 * else under it; the legend in the bottom-left corner, in columns when it would not fit the height.
 */
async function arrange(
  ctx: CanvasRenderingContext2D,
  scene: ExportScene,
  width: number,
  height: number,
): Promise<Furniture> {
  const k = Math.min(width / DESIGN.width, height / DESIGN.height);
  await loadFonts(scene, k);
  const margin = Math.round(32 * k);
  const legend = scene.legend && scene.legend.items.length > 0 ? scene.legend : null;
  const natural = legend ? measureLegend(ctx, scene, legend, k, Number.POSITIVE_INFINITY) : null;
  const text = scene.caption;
  let caption: CaptionLayout | null = null;
  let legendBottom = height - margin;
  if (text && (text.title.trim() || text.text.trim())) {
    const beside = natural ? width - (2 * margin + natural.width) - margin : Number.POSITIVE_INFINITY;
    const x = natural && beside >= width * 0.4 ? 2 * margin + natural.width : margin;
    const maxWidth = Math.min(width - x - margin, 1400 * k);
    caption = measureCaption(ctx, scene, text, k, x, maxWidth, height - margin);
    if (natural && x === margin) legendBottom = caption.box.y - margin / 2;
  }
  let placed: Furniture['legend'] = null;
  if (legend) {
    const layout = measureLegend(ctx, scene, legend, k, legendBottom - margin);
    placed = {
      spec: legend,
      layout,
      box: { x: margin, y: legendBottom - layout.height, width: layout.width, height: layout.height },
    };
  }
  return { k, margin, legend: placed, caption };
}

interface Cover {
  scale: number;
  dx: number;
  dy: number;
  width: number;
  height: number;
}

function sceneBox(scene: ExportScene, width: number, height: number): { width: number; height: number } {
  const own = overlaySize(scene.overlay);
  if (own.width > 0 && own.height > 0) return own;
  const map = scene.mapCanvas;
  if (map && map.clientWidth > 0 && map.clientHeight > 0)
    return { width: map.clientWidth, height: map.clientHeight };
  if (map && map.width > 0 && map.height > 0) return { width: map.width, height: map.height };
  return { width, height };
}

// ---------------------------------------------------------------------------------------------------
// The overlay

type Step = { kind: 'shapes'; layers: Element[] } | { kind: 'text'; texts: SVGTextElement[] };

async function drawOverlay(ctx: CanvasRenderingContext2D, scene: ExportScene, cover: Cover): Promise<void> {
  const overlay = scene.overlay;
  const { root, copies } = styledOverlayClone(overlay, scene.styleSource, {
    width: cover.width,
    height: cover.height,
  });

  // Layer by layer: the layer's shapes (as an SVG image), then its text (on the canvas). Consecutive
  // shape layers share one image.
  const steps: Step[] = [];
  for (const layer of overlay.children) {
    const copy = copies.get(layer);
    if (!copy || !root.contains(copy)) continue;
    const shapes = copy.cloneNode(true) as Element;
    for (const t of shapes.querySelectorAll('text')) t.remove();
    const drawsShapes = [...shapes.querySelectorAll('*')].some((el) => el.localName !== 'g');
    const texts = [...layer.querySelectorAll('text')].filter((t): t is SVGTextElement => {
      const c = copies.get(t);
      return t instanceof SVGTextElement && c !== undefined && root.contains(c);
    });
    const last = steps.at(-1);
    if (drawsShapes) {
      if (last?.kind === 'shapes') last.layers.push(shapes);
      else steps.push({ kind: 'shapes', layers: [shapes] });
    }
    if (texts.length > 0) {
      const tail = steps.at(-1);
      if (tail?.kind === 'text') tail.texts.push(...texts);
      else steps.push({ kind: 'text', texts });
    }
  }

  const fontsWanted = new Set<string>();
  for (const step of steps) {
    if (step.kind !== 'text') continue;
    for (const t of step.texts) fontsWanted.add(canvasFont(getComputedStyle(t)));
  }
  await Promise.all([...fontsWanted].map((f) => loadFont(f)));

  // A canvas the size of the picture for labels with opacity, made when the first one needs it.
  let layer: CanvasRenderingContext2D | null | undefined;
  const scratch = () => {
    if (layer === undefined) {
      const c = document.createElement('canvas');
      c.width = ctx.canvas.width;
      c.height = ctx.canvas.height;
      layer = c.getContext('2d');
    }
    return layer;
  };

  for (const step of steps) {
    if (step.kind === 'shapes') {
      const doc = root.cloneNode(false) as SVGSVGElement;
      doc.append(...step.layers);
      const image = await svgImage(new XMLSerializer().serializeToString(doc));
      ctx.drawImage(image, cover.dx, cover.dy, cover.width, cover.height);
    } else {
      for (const t of step.texts) drawLiveText(ctx, t, overlay, cover, scratch);
    }
  }
}

/** Loads an SVG document into an image (through a `blob:` URL, revoked once decoded). */
async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the map overlay could not be rasterised'));
    });
    image.src = url;
    await loaded;
    await image.decode().catch(() => undefined);
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasFont(style: CSSStyleDeclaration): string {
  const size = style.fontSize || '15px';
  return `${style.fontStyle || 'normal'} ${style.fontWeight || '400'} ${size} ${style.fontFamily || 'sans-serif'}`;
}

/** One live label, drawn where it is on screen (its box from the live layout), in its own font. */
function drawLiveText(
  target: CanvasRenderingContext2D,
  el: SVGTextElement,
  overlay: SVGSVGElement,
  cover: Cover,
  scratch: () => CanvasRenderingContext2D | null,
) {
  const content = el.textContent ?? '';
  if (!content.trim()) return;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return;
  let alpha = 1;
  for (let node: Element | null = el; node; node = node.parentElement) {
    alpha *= number(getComputedStyle(node).opacity, 1);
    if (node === overlay) break;
  }
  if (alpha <= 0) return;
  let bbox: DOMRect;
  try {
    bbox = el.getBBox();
  } catch {
    return;
  }
  const ctm = el.getCTM() ?? new DOMMatrix();
  const { scale, dx, dy } = cover;
  const matrix = new DOMMatrix([
    scale * ctm.a,
    scale * ctm.b,
    scale * ctm.c,
    scale * ctm.d,
    scale * ctm.e + dx,
    scale * ctm.f + dy,
  ]);
  const fill = style.fill;
  const stroke = style.stroke;
  const strokeWidth = number(style.strokeWidth, 0);

  // Opacity applies to the label as a whole (halo and letters together), as SVG group opacity does:
  // a faded label is painted opaque on a scratch layer, then laid down at its opacity.
  let ctx = target;
  let region: { x: number; y: number; w: number; h: number } | null = null;
  if (alpha < 1) {
    const layer = scratch();
    if (layer) {
      const grow = strokeWidth + number(style.fontSize, 15) * 0.5;
      const corners = [
        [bbox.x - grow, bbox.y - grow],
        [bbox.x + bbox.width + grow, bbox.y - grow],
        [bbox.x - grow, bbox.y + bbox.height + grow],
        [bbox.x + bbox.width + grow, bbox.y + bbox.height + grow],
      ].map(([x, y]) => matrix.transformPoint(new DOMPoint(x, y)));
      const x0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c.x))));
      const y0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c.y))));
      const x1 = Math.min(layer.canvas.width, Math.ceil(Math.max(...corners.map((c) => c.x))));
      const y1 = Math.min(layer.canvas.height, Math.ceil(Math.max(...corners.map((c) => c.y))));
      if (x1 <= x0 || y1 <= y0) return;
      region = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
      layer.setTransform(1, 0, 0, 1, 0, 0);
      layer.clearRect(region.x, region.y, region.w, region.h);
      ctx = layer;
    }
  }

  ctx.save();
  ctx.setTransform(matrix);
  ctx.font = canvasFont(style);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
  if (ctx.direction === 'rtl') ctx.textAlign = 'right';
  const spacing = style.letterSpacing;
  if ('letterSpacing' in ctx) ctx.letterSpacing = spacing && spacing !== 'normal' ? spacing : '0px';
  // The live box spans the font's ascent and descent: the baseline divides it as they do.
  const metrics = ctx.measureText(content);
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  const baseline =
    ascent + descent > 0 ? bbox.y + (bbox.height * ascent) / (ascent + descent) : bbox.y + bbox.height * 0.8;
  const x = ctx.direction === 'rtl' ? bbox.x + bbox.width : bbox.x;
  const own = region ? 1 : alpha;

  const paintFill = () => {
    if (!isPaint(fill)) return;
    ctx.globalAlpha = own * number(style.fillOpacity, 1);
    ctx.fillStyle = fill;
    ctx.fillText(content, x, baseline);
  };
  const paintStroke = () => {
    if (!isPaint(stroke) || strokeWidth <= 0) return;
    ctx.globalAlpha = own * number(style.strokeOpacity, 1);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = strokeWidth;
    ctx.lineJoin = (
      ['round', 'bevel', 'miter'].includes(style.strokeLinejoin) ? style.strokeLinejoin : 'miter'
    ) as CanvasLineJoin;
    ctx.miterLimit = number(style.strokeMiterlimit, 4);
    ctx.strokeText(content, x, baseline);
  };
  if (strokeFirst(style.paintOrder)) {
    paintStroke();
    paintFill();
  } else {
    paintFill();
    paintStroke();
  }
  ctx.restore();

  if (region && ctx !== target) {
    target.save();
    target.setTransform(1, 0, 0, 1, 0, 0);
    target.globalAlpha = alpha;
    target.drawImage(
      ctx.canvas,
      region.x,
      region.y,
      region.w,
      region.h,
      region.x,
      region.y,
      region.w,
      region.h,
    );
    target.restore();
  }
}

/** Whether `paint-order` paints the stroke before the fill. */
function strokeFirst(paintOrder: string): boolean {
  const parts: readonly string[] = ['fill', 'stroke', 'markers'];
  const given = (paintOrder || 'normal').split(/\s+/).filter((p) => parts.includes(p));
  const order = [...given, ...parts.filter((p) => !given.includes(p))];
  return order.indexOf('stroke') < order.indexOf('fill');
}

function isPaint(value: string): boolean {
  return Boolean(value) && value !== 'none' && !value.startsWith('url(') && value !== 'transparent';
}

function number(value: string, fallback: number): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
}

// ---------------------------------------------------------------------------------------------------
// Legend, caption, credits

function font(scene: ExportScene, weight: number, px: number, style = 'normal'): string {
  return `${style} ${weight} ${Math.round(px * 10) / 10}px ${scene.font || 'sans-serif'}`;
}

async function loadFont(spec: string, sample?: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  try {
    await document.fonts.load(spec, sample);
  } catch {
    // An unknown family falls back like CSS does.
  }
}

async function loadFonts(scene: ExportScene, k: number): Promise<void> {
  const sample = [
    scene.legend?.title ?? '',
    ...(scene.legend?.items.map((i) => i.label) ?? []),
    scene.caption?.title ?? '',
    scene.caption?.text ?? '',
  ].join(' ');
  await Promise.all(
    [
      font(scene, 700, 24 * k),
      font(scene, 400, 22 * k),
      font(scene, 700, 38 * k),
      font(scene, 400, 28 * k),
    ].map((f) => loadFont(f, sample || undefined)),
  );
}

interface LegendLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  columnWidth: number;
}

/** Legend metrics at scale `k` (22 px item text at 1920×1080). */
function legendMetrics(k: number) {
  return {
    pad: 20 * k,
    titleSize: 24 * k,
    itemSize: 22 * k,
    rowHeight: 36 * k,
    swatch: 56 * k,
    gap: 12 * k,
    columnGap: 28 * k,
    kindGap: 10 * k,
    maxLabel: 420 * k,
  };
}

function measureLegend(
  ctx: CanvasRenderingContext2D,
  scene: ExportScene,
  legend: LegendSpec,
  k: number,
  maxHeight: number,
): LegendLayout {
  const m = legendMetrics(k);
  ctx.font = font(scene, 400, m.itemSize);
  const labelWidth = Math.min(
    m.maxLabel,
    Math.max(0, ...legend.items.map((i) => ctx.measureText(i.label).width)),
  );
  const columnWidth = m.swatch + m.gap + labelWidth;
  ctx.font = font(scene, 700, m.titleSize);
  const titleWidth = legend.title ? ctx.measureText(legend.title).width : 0;
  const header = legend.title ? m.titleSize * 1.6 : 0;
  const n = legend.items.length;
  let columns = 1;
  const bodyHeight = (rows: number) => rows * m.rowHeight + m.kindGap;
  while (columns < n && 2 * m.pad + header + bodyHeight(Math.ceil(n / columns)) > maxHeight) columns++;
  const rows = Math.ceil(n / columns);
  const body = columns * columnWidth + (columns - 1) * m.columnGap;
  return {
    width: 2 * m.pad + Math.max(body, Math.min(titleWidth, m.maxLabel * 1.5)),
    height: 2 * m.pad + header + bodyHeight(rows),
    columns,
    rows,
    columnWidth,
  };
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  scene: ExportScene,
  placed: NonNullable<Furniture['legend']>,
  k: number,
): void {
  const m = legendMetrics(k);
  const { spec: legend, layout, box } = placed;
  panel(ctx, scene, box, k);

  let y = box.y + m.pad;
  ctx.fillStyle = scene.textColor;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  if (legend.title) {
    ctx.font = font(scene, 700, m.titleSize);
    fitText(ctx, legend.title, box.x + m.pad, y + m.titleSize * 0.6, box.width - 2 * m.pad);
    y += m.titleSize * 1.6;
  }
  ctx.font = font(scene, 400, m.itemSize);
  legend.items.forEach((item, i) => {
    const column = Math.floor(i / layout.rows);
    const row = i % layout.rows;
    // A little room between the link types and the groups.
    let afterKindChange = false;
    for (let j = column * layout.rows + 1; j <= i; j++) {
      if (legend.items[j]?.kind !== legend.items[j - 1]?.kind) afterKindChange = true;
    }
    const x = box.x + m.pad + column * (layout.columnWidth + m.columnGap);
    const cy = y + row * m.rowHeight + m.rowHeight / 2 + (afterKindChange ? m.kindGap : 0);
    swatch(ctx, item, x, cy, m.swatch, k);
    ctx.globalAlpha = 1;
    ctx.fillStyle = scene.textColor;
    ctx.font = font(scene, 400, m.itemSize);
    fitText(ctx, item.label, x + m.swatch + m.gap, cy, layout.columnWidth - m.swatch - m.gap);
  });
}

function swatch(
  ctx: CanvasRenderingContext2D,
  item: LegendSpec['items'][number],
  x: number,
  cy: number,
  w: number,
  k: number,
) {
  // The on-screen legend's swatches (a 40×12 or 40×16 drawing), at this size.
  const u = w / 40;
  ctx.save();
  if (item.kind === 'link') {
    const lineWidth = Math.max(1, item.width * u * 0.8);
    ctx.strokeStyle = item.color;
    ctx.lineWidth = lineWidth;
    ctx.lineCap = 'round';
    ctx.setLineDash(scaledDash(item.dash, lineWidth));
    ctx.beginPath();
    ctx.moveTo(x + 2 * u, cy + 3 * u);
    ctx.quadraticCurveTo(x + 20 * u, cy - 5 * u, x + 38 * u, cy + 3 * u);
    ctx.stroke();
    if (item.core) {
      ctx.strokeStyle = item.core.color;
      ctx.lineWidth = Math.max(1, item.core.width * u * 0.8);
      ctx.stroke();
    }
  } else {
    const h = Math.min(12 * u, 22 * k);
    roundRect(ctx, x + 2 * u, cy - h / 2, 36 * u, h, h / 2);
    ctx.globalAlpha = 0.12;
    ctx.fillStyle = item.color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = item.color;
    ctx.lineWidth = Math.max(1, (item.width || 1.5) * u);
    ctx.setLineDash(scaledDash(item.dash || '4 3', u));
    ctx.stroke();
  }
  ctx.restore();
}

interface CaptionLayout {
  box: Box;
  pad: number;
  title: { lines: string[]; size: number; lead: number };
  text: { lines: string[]; size: number; lead: number };
  between: number;
}

/** The caption's lines and box: bold title (up to 2 lines), text (up to 6), bottom edge at `bottom`. */
function measureCaption(
  ctx: CanvasRenderingContext2D,
  scene: ExportScene,
  caption: { title: string; text: string },
  k: number,
  left: number,
  maxWidth: number,
  bottom: number,
): CaptionLayout {
  const pad = 24 * k;
  const titleSize = 38 * k;
  const textSize = 28 * k;
  const inner = Math.max(10, maxWidth - 2 * pad);
  ctx.font = font(scene, 700, titleSize);
  const titleLines = caption.title.trim() ? wrap(ctx, caption.title.trim(), inner, 2) : [];
  const titleWidth = Math.max(0, ...titleLines.map((l) => ctx.measureText(l).width));
  ctx.font = font(scene, 400, textSize);
  const textLines = caption.text.trim() ? wrap(ctx, caption.text.trim(), inner, 6) : [];
  const textWidth = Math.max(0, ...textLines.map((l) => ctx.measureText(l).width));
  const title = { lines: titleLines, size: titleSize, lead: titleSize * 1.25 };
  const text = { lines: textLines, size: textSize, lead: textSize * 1.4 };
  const between = titleLines.length && textLines.length ? 8 * k : 0;
  const height = 2 * pad + titleLines.length * title.lead + between + textLines.length * text.lead;
  const width = Math.min(maxWidth, 2 * pad + Math.max(titleWidth, textWidth));
  return { box: { x: left, y: bottom - height, width, height }, pad, title, text, between };
}

function drawCaption(ctx: CanvasRenderingContext2D, scene: ExportScene, caption: CaptionLayout, k: number) {
  const { box, pad, title, text } = caption;
  panel(ctx, scene, box, k);
  ctx.fillStyle = scene.textColor;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  let y = box.y + pad;
  ctx.font = font(scene, 700, title.size);
  for (const line of title.lines) {
    ctx.fillText(line, box.x + pad, y + title.lead / 2);
    y += title.lead;
  }
  y += caption.between;
  ctx.font = font(scene, 400, text.size);
  for (const line of text.lines) {
    ctx.fillText(line, box.x + pad, y + text.lead / 2);
    y += text.lead;
  }
}

function drawAttribution(
  ctx: CanvasRenderingContext2D,
  scene: ExportScene,
  text: string,
  k: number,
  width: number,
  height: number,
) {
  const size = Math.max(10, 15 * k);
  ctx.save();
  ctx.font = font(scene, 400, size);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  const pad = 6 * k;
  const shown = ellipsize(ctx, text, width * 0.6);
  const w = ctx.measureText(shown).width;
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = scene.surfaceColor;
  ctx.fillRect(width - w - 3 * pad, height - size * 1.4 - pad, w + 3 * pad, size * 1.4 + pad);
  ctx.globalAlpha = 1;
  ctx.fillStyle = scene.textColor;
  ctx.fillText(shown, width - 1.5 * pad, height - pad);
  ctx.restore();
}

function panel(ctx: CanvasRenderingContext2D, scene: ExportScene, box: Box, k: number) {
  ctx.save();
  roundRect(ctx, box.x, box.y, box.width, box.height, 12 * k);
  ctx.fillStyle = scene.surfaceColor;
  ctx.fill();
  ctx.lineWidth = Math.max(1, 2 * k);
  ctx.strokeStyle = scene.borderColor;
  ctx.stroke();
  ctx.restore();
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + w, y, x + w, y + h, radius);
  ctx.arcTo(x + w, y + h, x, y + h, radius);
  ctx.arcTo(x, y + h, x, y, radius);
  ctx.arcTo(x, y, x + w, y, radius);
  ctx.closePath();
}

function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number) {
  ctx.fillText(ellipsize(ctx, text, maxWidth), x, y);
}

function ellipsize(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('').trimEnd()}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Word-wraps text to lines of at most `maxWidth`; past `maxLines` the last line ends with "…". */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || ctx.measureText(candidate).width <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => ellipsize(ctx, l, maxWidth));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(ctx, `${kept[maxLines - 1]}…`, maxWidth).replace(/…+$/, '…');
  return kept;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('the picture could not be encoded as PNG'));
    }, 'image/png');
  });
}
