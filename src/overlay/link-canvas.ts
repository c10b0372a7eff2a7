import { matrixString, type Similarity } from '../geo/similarity';
import { type LinkStyle, linkStyle, proposedMark, scaledDash, type Theme } from './palette';

/** How a link is emphasised, as the SVG renderer's classes say it. */
export type LinkState = 'normal' | 'faded' | 'active' | 'selected' | 'path' | 'hidden';

export interface CanvasLink {
  id: string;
  type: string;
  /** Its type's colour from the data, if any (`linkStyle`). */
  color?: string;
  /** Drawn hollow, as the SVG links are (`proposedMark`). */
  proposed: boolean;
  /** The arc as drawn at the reference camera: `M x,y Q cx,cy,x,y`, or '' when not drawn. */
  d: string;
  state: LinkState;
}

/** What the canvas reads from the element's CSS: the accent, the link scale and the sea (a hollow core). */
export interface CanvasColours {
  accent: string;
  linkScale: number;
  core: string;
}

/** Drawn this much beyond every side of the view, so a panned picture still covers the screen. */
const CANVAS_MARGIN_FRACTION = 0.25;
const FADED_ALPHA = 0.22;
/** Up to this many links keep their full strength; beyond it, strength thins so density reads as tone. */
const DENSE_LINKS = 400;
const MIN_DENSITY = 0.18;
/** Pixels either side of a link's centre line that still count as on it (a 14 px wide target). */
const HIT_TOLERANCE = 7;
const HIT_SAMPLES = 12;

/**
 * Links of a large network drawn on one canvas under the SVG islands: one path per type and emphasis,
 * stroked once, instead of one SVG element per link. While the camera moves the canvas is moved as one
 * picture (a CSS transform), and redrawn when the camera rests.
 */
export class LinkCanvas {
  readonly canvas: HTMLCanvasElement;
  private links: CanvasLink[] = [];
  private margin = 0;
  private geometry = new Map<string, Float64Array>();

  constructor(before: Element) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'link-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    before.before(this.canvas);
  }

  /** Sizes the canvas to the view plus its margins, then draws every link in its state. */
  draw(
    links: CanvasLink[],
    view: { width: number; height: number },
    theme: Theme,
    colours: CanvasColours,
  ): void {
    this.links = links;
    this.geometry.clear();
    const margin = Math.round(Math.max(view.width, view.height) * CANVAS_MARGIN_FRACTION);
    this.margin = margin;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const width = view.width + 2 * margin;
    const height = view.height + 2 * margin;
    const canvas = this.canvas;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvas.style.left = `${-margin}px`;
      canvas.style.top = `${-margin}px`;
    }
    canvas.style.transform = '';
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, ratio * margin, ratio * margin);
    ctx.clearRect(-margin, -margin, width, height);
    ctx.lineCap = 'round';

    // One path per emphasis, type and status; faded first, emphasised last, so what the reader asked
    // about is on top. A type's proposed links are one more path, stroked hollow.
    const order: LinkState[] = ['faded', 'normal', 'active', 'selected', 'path'];
    const buckets = new Map<
      LinkState,
      Map<string, { type: string; color?: string; proposed: boolean; parts: string[] }>
    >(order.map((state) => [state, new Map()]));
    for (const link of links) {
      const byType = buckets.get(link.state);
      if (!link.d || !byType) continue;
      const key = link.proposed ? `proposed ${link.type}` : link.type;
      const bucket = byType.get(key);
      if (bucket) bucket.parts.push(link.d);
      else byType.set(key, { type: link.type, color: link.color, proposed: link.proposed, parts: [link.d] });
    }
    const density = Math.max(MIN_DENSITY, Math.min(1, Math.sqrt(DENSE_LINKS / Math.max(1, links.length))));
    for (const [state, byType] of buckets) {
      for (const { type, color, proposed, parts } of byType.values()) {
        const path = new Path2D(parts.join(''));
        const style = linkStyle(type, theme, color);
        if (proposed) this.strokeHollow(ctx, path, style, theme, state, colours, density);
        else this.stroke(ctx, path, style, state, colours, density);
      }
    }
  }

  private stroke(
    ctx: CanvasRenderingContext2D,
    path: Path2D,
    style: LinkStyle,
    state: LinkState,
    colours: CanvasColours,
    density: number,
  ): void {
    const emphasised = state === 'active' || state === 'selected' || state === 'path';
    const width = style.width * colours.linkScale * (emphasised ? 1 : Math.sqrt(density));
    const strength = state === 'faded' ? FADED_ALPHA * style.opacity : style.opacity;
    ctx.globalAlpha = emphasised ? 1 : strength * density;
    ctx.strokeStyle = state === 'path' ? colours.accent : style.color;
    ctx.lineWidth = state === 'path' ? width + 3 : state === 'selected' ? width + 2 : width;
    ctx.setLineDash(state !== 'path' ? scaledDash(style.dash, style.width) : []);
    ctx.stroke(path);
  }

  /** A proposed link as the SVG draws it: its line opaque and widened, the sea's colour inside. */
  private strokeHollow(
    ctx: CanvasRenderingContext2D,
    path: Path2D,
    style: LinkStyle,
    theme: Theme,
    state: LinkState,
    colours: CanvasColours,
    density: number,
  ): void {
    const mark = proposedMark(style, theme);
    const emphasised = state === 'active' || state === 'selected' || state === 'path';
    ctx.globalAlpha = emphasised ? 1 : (state === 'faded' ? FADED_ALPHA : 1) * density;
    const outer = mark.outer * colours.linkScale;
    ctx.lineWidth = state === 'path' ? outer + 3 : state === 'selected' ? outer + 2 : outer;
    ctx.setLineDash(state === 'path' ? [] : mark.dash);
    ctx.strokeStyle = state === 'path' ? colours.accent : style.color;
    ctx.stroke(path);
    ctx.lineWidth = mark.core * colours.linkScale;
    ctx.strokeStyle = colours.core;
    ctx.stroke(path);
  }

  /** Moves the drawn picture by `s` (screen px at the reference camera → screen px now). */
  moveBy(s: Similarity): void {
    const m = this.margin;
    // The canvas sits at (−m, −m): its local point q shows the reference point q − m.
    const shifted: Similarity = {
      a: s.a,
      b: s.b,
      e: s.e + m - (s.a * m - s.b * m),
      f: s.f + m - (s.b * m + s.a * m),
    };
    this.canvas.style.transform = matrixString(shifted);
  }

  /** The link drawn under this point of the reference picture, if any (the topmost first). */
  linkAt(x: number, y: number): string | null {
    for (let i = this.links.length - 1; i >= 0; i--) {
      const link = this.links[i]!;
      if (!link.d || link.state === 'hidden' || link.state === 'faded') continue;
      const q = this.pointsOf(link);
      if (!q) continue;
      const t = HIT_TOLERANCE;
      const minX = Math.min(q[0]!, q[2]!, q[4]!) - t;
      const maxX = Math.max(q[0]!, q[2]!, q[4]!) + t;
      const minY = Math.min(q[1]!, q[3]!, q[5]!) - t;
      const maxY = Math.max(q[1]!, q[3]!, q[5]!) + t;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      if (distanceToQuadratic(q, x, y) <= t) return link.id;
    }
    return null;
  }

  private pointsOf(link: CanvasLink): Float64Array | null {
    let q = this.geometry.get(link.id);
    if (!q) {
      const numbers = link.d.slice(1).split(/[Q,]/).map(Number);
      if (numbers.length !== 6 || !numbers.every(Number.isFinite)) return null;
      q = Float64Array.from(numbers);
      this.geometry.set(link.id, q);
    }
    return q;
  }

  remove(): void {
    this.canvas.remove();
  }
}

/** Distance from (x, y) to a quadratic Bézier [x0, y0, cx, cy, x1, y1], along a sampled polyline. */
export function distanceToQuadratic(q: ArrayLike<number>, x: number, y: number): number {
  let best = Number.POSITIVE_INFINITY;
  let px = q[0]!;
  let py = q[1]!;
  for (let i = 1; i <= HIT_SAMPLES; i++) {
    const t = i / HIT_SAMPLES;
    const s = 1 - t;
    const nx = s * s * q[0]! + 2 * s * t * q[2]! + t * t * q[4]!;
    const ny = s * s * q[1]! + 2 * s * t * q[3]! + t * t * q[5]!;
    best = Math.min(best, segmentDistance(px, py, nx, ny, x, y));
    px = nx;
    py = ny;
  }
  return best;
}

function segmentDistance(ax: number, ay: number, bx: number, by: number, x: number, y: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2)) : 0;
  return Math.hypot(ax + t * dx - x, ay + t * dy - y);
}
