import { select } from 'd3-selection';
import { linkArc, unitArc } from '../geo/arc';
import { edgeIndicator, stackIndicators } from '../geo/edge';
import { groupOutline, hullLabelPoint } from '../geo/hull';
import { coastRings, islandPath } from '../geo/island';
import { LABEL_DEFAULTS, type Placement, placeLabels } from '../geo/labels';
import {
  CAMERA_ANCHORS as ANCHORS,
  apply,
  inverse,
  matrixString,
  type Similarity,
  scaleOf,
  similarityFrom,
} from '../geo/similarity';
import { type Point, type Project, type Sides, sameSides, type Viewport } from '../geo/types';
import { type CanvasLink, LinkCanvas, type LinkState } from './link-canvas';
import type { Emphasis, OverlayHandlers, OverlayLink, OverlayModel } from './model';
import { NO_EMPHASIS } from './model';
import { linkStyle, type Theme } from './palette';
import { lengthHandle, transformHandle } from './svg-typed';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Fallback label height before fonts are measured, px. */
const LABEL_HEIGHT = 20;
const INDICATOR_INSET = 40;
/** Number of distinct group hull colours in the stylesheet (`.hue-0` …). */
export const GROUP_HUES = 4;
/**
 * Every island can be hit in a circle of at least this radius, px, and islands are kept apart as if they
 * were at least this big: a target of 24 × 24 CSS px or more, however small the island (WCAG 2.5.8).
 */
export const MIN_TARGET_RADIUS = 12;
/**
 * Above this many islands a network is large: it moves as one picture, keeps its islands on their true
 * places and names only the cities with room.
 */
export const LARGE_NETWORK_CITIES = 150;
/**
 * Hundreds of islands are drawn a few pixels across: a coast of 20 vertices looks the same there as one
 * of 48 and is less than half the path to build and paint.
 */
const SMALL_ISLAND = Object.freeze({ vertices: 20 });
/** In a large network only the largest cities' names look for a spot (a few hundred fit on a screen). */
export const LARGE_LABEL_LIMIT = 400;
/**
 * Above this many links they are drawn on a canvas rather than as SVG elements (the public interface
 * allows it from 500 links on; the host then gets `renderer="canvas"` and links carry no hooks).
 */
export const CANVAS_LINK_THRESHOLD = 500;
/**
 * Moved as one picture, a large network is redrawn mid-move only once it is this much larger or smaller
 * than drawn (two zoom levels); otherwise when the camera has rested for `REST_REDRAW_MS`.
 */
const PICTURE_MAX_SCALE = 4;
/** A large network's full redraw waits this long after the last move (wheel steps, chained flights). */
const REST_REDRAW_MS = 200;

interface CityNode {
  id: string;
  external: boolean;
  lngLat: Point;
  /** The radius the outline was drawn at; other radii are reached by scaling it. */
  baseRadius: number;
  /** The radius drawn now (px at scale 1), animated towards `targetRadius`. */
  radius: number;
  targetRadius: number;
  priority: number;
  group: SVGGElement;
  shape: SVGGElement;
  /** None for the cities of a large network that are never named (see `LARGE_LABEL_LIMIT`). */
  label: CityLabel | null;
  /** None in a large network, whose islands are never moved off their places. */
  leader: Leader | null;
  /** A city beyond the map: the arrow of its edge indicator, pointing towards it. */
  arrow: Arrow | null;
  labelWidth: number;
  labelHeight: number;
  /** Typed handles of what every frame writes (`svg-typed.ts`), and the scale last written. */
  place: SVGTransform;
  size: SVGTransform;
  sizeDrawn: number;
}

interface CityLabel {
  text: SVGTextElement;
  x: SVGLength;
  y: SVGLength;
  anchor: string;
}

interface Arrow {
  path: SVGPathElement;
  turn: SVGTransform;
  /** The angle written last, null while the arrow is hidden (the city is on the map), NaN before any. */
  angle: number | null;
}

/** The line from a displaced island back to its true place, and the dot there. */
interface Leader {
  line: SVGLineElement;
  dot: SVGCircleElement;
  shown: boolean;
}

interface LinkNode {
  datum: OverlayLink;
  group: SVGGElement;
  line: SVGPathElement;
  /** While the camera moves: the line is `unitArc` and this matrix puts it between its islands. */
  unit: SVGTransform | null;
  hit: SVGPathElement;
  width: number;
  dash: string;
}

interface GroupNode {
  id: string;
  members: string[];
  group: SVGGElement;
  hull: SVGPathElement;
  label: SVGTextElement;
  labelX: SVGLength;
  labelY: SVGLength;
  labelWidth: number;
  labelHeight: number;
  /** Which of `groupLabelSpot`'s candidates was chosen at the last rest: a moving camera keeps it. */
  spot: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export interface FrameInput {
  project: Project;
  viewport: Viewport;
  /** Island scale with zoom: 1 at the default view. */
  scale: number;
  /** True while the camera moves: labels keep their last placement, links their curves under a matrix. */
  moving?: boolean;
  /** Room taken by the element's own panels (the legend): edge indicators stay clear of it. */
  insets?: Sides;
  /** Asked before a rest layout that waited a frame: false once the camera moves again. */
  resting?: () => boolean;
}

/**
 * The D3 overlay: islands, links, group hulls and labels in one SVG above the map. Data is joined once in
 * `setModel`; `frame` only re-projects and writes attributes, so it is cheap enough to run on every camera
 * move of the map.
 */
export class SvgOverlay {
  readonly svg: SVGSVGElement;
  private readonly layers: Record<'hulls' | 'links' | 'leaders' | 'islands' | 'labels', SVGGElement>;
  private cities: CityNode[] = [];
  private cityById = new Map<string, CityNode>();
  private links: LinkNode[] = [];
  private groups: GroupNode[] = [];
  private placements = new Map<string, Placement>();
  private centres = new Map<string, { x: number; y: number; r: number }>();
  private theme: Theme = 'light';
  private model: OverlayModel = { cities: [], links: [], groups: [] };
  private lastFrame: FrameInput | null = null;
  private tween = 0;
  private linkCanvas: LinkCanvas | null = null;
  private canvasLinks: (CanvasLink & { datum: OverlayLink })[] = [];
  /** Where each island's true position was, and its drawn radius, when labels were last placed. */
  private placedAt = new Map<string, { at: Point; r: number }>();
  /** Screen positions of `ANCHORS` at the last full draw; null while none stands. */
  private reference: [Point, Point] | null = null;
  /** Labels were measured again since the last draw: the next one may not be skipped. */
  private stale = false;
  /**
   * The last full draw was all a rest needs: labels placed, and links' wide hit paths written (they follow
   * at rest: nobody points at a link while the map moves). A rest at that same camera draws nothing.
   */
  private restComplete = true;
  private pending: FrameInput | null = null;
  private pendingTimer = 0;
  /** How the picture was moved since the last full draw (large networks), null when it is current. */
  private picture: Similarity | null = null;
  /** The theme's accent and link scale, read from CSS once per theme (reading forces a style pass). */
  private colours: { accent: string; linkScale: number } | null = null;
  /** The matrix `moveLink` fills for each link in turn (one object, not one per link and frame). */
  private readonly unitMatrix: SVGMatrix;

  constructor(
    svg: SVGSVGElement,
    private readonly handlers: OverlayHandlers,
  ) {
    this.svg = svg;
    this.unitMatrix = svg.createSVGMatrix();
    const layer = (name: string) => {
      const g = document.createElementNS(SVG_NS, 'g');
      g.setAttribute('class', `layer layer-${name}`);
      svg.append(g);
      return g;
    };
    this.layers = {
      hulls: layer('hulls'),
      links: layer('links'),
      leaders: layer('leaders'),
      islands: layer('islands'),
      labels: layer('labels'),
    };
  }

  /** `canvas` once the model has more than `CANVAS_LINK_THRESHOLD` links. */
  get renderer(): 'svg' | 'canvas' {
    return this.linkCanvas ? 'canvas' : 'svg';
  }

  /**
   * Large networks move with the camera as one picture and are redrawn when it rests (or once the
   * picture has grown or shrunk past `PICTURE_MAX_SCALE`): per-element work every frame would stall the map.
   */
  private get movesAsPicture(): boolean {
    return this.linkCanvas !== null || this.isLarge;
  }

  private get isLarge(): boolean {
    return this.model.cities.length > LARGE_NETWORK_CITIES;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.colours = null;
    for (const node of this.links) this.styleLink(node);
    this.drawCanvasLinks();
  }

  setModel(model: OverlayModel): void {
    this.model = model;
    if (model.links.length > CANVAS_LINK_THRESHOLD) {
      this.linkCanvas ??= new LinkCanvas(this.svg);
    } else {
      this.linkCanvas?.remove();
      this.linkCanvas = null;
    }
    this.placedAt.clear();
    this.placements.clear();
    this.reference = null;
    this.svg.classList.toggle('is-picture', this.movesAsPicture);
    this.joinGroups();
    this.joinLinks();
    this.joinCities();
    this.measureLabels();
    if (this.lastFrame) this.redrawNow();
  }

  /** Draws again at once with the last camera (the model, sizes or labels changed, not the camera). */
  private redrawNow(): void {
    if (!this.lastFrame) return;
    const started = performance.now();
    this.drawFrame(this.lastFrame);
    frameTimes()?.push(performance.now() - started);
  }

  /** Label widths change when the web font arrives or the label size changes. */
  measureLabels(): void {
    this.stale = true;
    if (this.isLarge) this.measureLabelsQuickly();
    else this.measureCityLabels();
    for (const node of this.groups) {
      const measured = node.label.getComputedTextLength();
      node.labelWidth = measured > 0 ? measured : (node.label.textContent ?? '').length * 7;
      const height = measured > 0 ? node.label.getBBox().height : 0;
      node.labelHeight = height > 0 ? Math.ceil(height) : 16;
    }
  }

  private measureCityLabels(): void {
    for (const node of this.cities) {
      const text = node.label?.text;
      const measured = text ? text.getComputedTextLength() : 0;
      node.labelWidth = measured > 0 ? measured : (text?.textContent ?? '').length * 8;
      const height = text && measured > 0 ? text.getBBox().height : 0;
      node.labelHeight = height > 0 ? Math.ceil(height) : LABEL_HEIGHT;
    }
  }

  /**
   * Thousands of labels measured one by one in the DOM take seconds; a canvas with the labels' font
   * measures them in milliseconds, a pixel or so apart from the SVG's own measure.
   */
  private measureLabelsQuickly(): void {
    const first = this.cities.find((node) => node.label)?.label?.text;
    const ctx = document.createElement('canvas').getContext('2d');
    if (!first || !ctx) return;
    const css = getComputedStyle(first);
    const size = Number.parseFloat(css.fontSize) || 15;
    ctx.font = `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
    // The halo (a 4 px stroke) widens the drawn text by its half on each side.
    for (const node of this.cities) {
      node.labelWidth = node.label ? ctx.measureText(node.label.text.textContent ?? '').width + 4 : 0;
      node.labelHeight = node.label ? Math.ceil(size * 1.3) : 0;
    }
  }

  /** Screen position and drawn radius of a city, after displacement and edge indicators. */
  centreOf(id: string): { x: number; y: number; r: number } | undefined {
    return this.centres.get(id);
  }

  frame(input: FrameInput): void {
    const started = performance.now();
    const moved = input.moving === true && this.movesAsPicture && this.moveAsPicture(input);
    if (moved) this.pending = null;
    // A camera that rests where the last frame was drawn (MapLibre's moveend after a jump) needs nothing.
    else if (!input.moving && this.restComplete && this.drawnAt(input)) this.pending = null;
    else if (this.isLarge && !(input.moving && this.lastFrame !== null)) {
      // A large network is drawn once the camera has rested, however often it is asked to: its first
      // picture too (the first view settles as the page lays out). Mid-move only when the picture
      // could not be moved (above).
      this.pending = input.moving ? { ...input, moving: false } : input;
      window.clearTimeout(this.pendingTimer);
      // Then two more frames: a flight chained to this one (a story, slow frames) moves in them first.
      this.pendingTimer = window.setTimeout(
        () => requestAnimationFrame(() => requestAnimationFrame(() => this.flush())),
        REST_REDRAW_MS,
      );
    } else if (!input.moving && this.lastFrame !== null && !this.movesAsPicture) {
      // A small network is laid out again a frame later, if the camera still rests then: a flight chained
      // at `moveend` (a story, a burst of wheel steps) moves on, and labels are placed only where the
      // camera stops (that flight's own `moveend` asks again).
      this.pending = input;
      requestAnimationFrame(() => {
        if (this.pending?.resting?.() === false) this.pending = null;
        else this.flush();
      });
    } else {
      this.pending = null;
      this.drawFrame(input);
    }
    frameTimes()?.push(performance.now() - started);
  }

  /** Draws now a redraw that waits for the camera to rest (before ready, a screenshot or an export). */
  flush(): void {
    window.clearTimeout(this.pendingTimer);
    this.pendingTimer = 0;
    const input = this.pending;
    this.pending = null;
    if (!input) return;
    const started = performance.now();
    this.drawFrame(input);
    frameTimes()?.push(performance.now() - started);
  }

  /** Moves what was drawn by the camera's move since then; false when a full draw is needed. */
  private moveAsPicture(input: FrameInput): boolean {
    if (!this.reference) return false;
    const s = similarityFrom(
      this.reference[0],
      this.reference[1],
      input.project(ANCHORS[0]),
      input.project(ANCHORS[1]),
    );
    if (!s) return false;
    const k = scaleOf(s);
    if (!(k <= PICTURE_MAX_SCALE && k >= 1 / PICTURE_MAX_SCALE)) return false;
    // Links beyond the canvas's margin show once the camera rests: a long pan may reveal bare edges.
    // A CSS transform of a layer of its own: the compositor moves the picture without painting it again.
    this.svg.style.transform = matrixString(s);
    this.linkCanvas?.moveBy(s);
    this.picture = s;
    return true;
  }

  /** True when the last full draw was made at this very camera, size and insets. */
  private drawnAt(input: FrameInput): boolean {
    const last = this.lastFrame;
    const ref = this.reference;
    if (!last || !ref || this.stale) return false;
    if (last.scale !== input.scale) return false;
    if (last.viewport.width !== input.viewport.width || last.viewport.height !== input.viewport.height)
      return false;
    const none = { top: 0, right: 0, bottom: 0, left: 0 };
    if (!sameSides(last.insets ?? none, input.insets ?? none)) return false;
    const [a, b] = [input.project(ANCHORS[0]), input.project(ANCHORS[1])];
    return [a[0] - ref[0][0], a[1] - ref[0][1], b[0] - ref[1][0], b[1] - ref[1][1]].every(
      (d) => Math.abs(d) < 0.01,
    );
  }

  private drawFrame(input: FrameInput): void {
    this.stale = false;
    this.lastFrame = { ...input, moving: false };
    if (this.picture) this.svg.style.removeProperty('transform');
    this.picture = null;
    this.reference = [input.project(ANCHORS[0]), input.project(ANCHORS[1])];
    const { project, viewport, scale } = input;
    const safe = input.insets ?? { left: 0, top: 0, right: 0, bottom: 0 };
    const safeViewport = {
      width: Math.max(2 * INDICATOR_INSET + 1, viewport.width - safe.left - safe.right),
      height: Math.max(2 * INDICATOR_INSET + 1, viewport.height - safe.top - safe.bottom),
    };
    const centres = this.centres;
    centres.clear();

    const indicators: { id: string; x: number; y: number }[] = [];
    const islands: CityNode[] = [];
    const projected = new Map<string, Point>();
    for (const node of this.cities) {
      const p = project(node.lngLat);
      projected.set(node.id, p);
      if (node.external) {
        const at = edgeIndicator([p[0] - safe.left, p[1] - safe.top], safeViewport, INDICATOR_INSET);
        if (at.offscreen) {
          indicators.push({ id: node.id, x: at.x + safe.left, y: at.y + safe.top });
          if (node.arrow) pointArrow(node.arrow, round(at.angle));
        } else {
          islands.push(node);
          if (node.arrow) pointArrow(node.arrow, null);
        }
      } else islands.push(node);
    }

    // While the camera moves, islands and labels keep the layout of the last rest (labels upright, beside
    // their islands as these grow); it is laid out again when the camera rests.
    const placeNow = !input.moving || this.placements.size === 0;
    if (placeNow) {
      // Placed in the part of the view the element's panels leave free, then shifted back.
      const shifted = placeLabels(
        islands.map((node) => {
          const p = projected.get(node.id) as Point;
          return {
            id: node.id,
            x: p[0] - safe.left,
            y: p[1] - safe.top,
            r: Math.max(node.radius * scale, MIN_TARGET_RADIUS / LABEL_DEFAULTS.radiusScale),
            width: node.labelWidth,
            height: node.labelHeight,
            priority: node.priority,
          };
        }),
        { width: viewport.width - safe.left - safe.right, height: viewport.height - safe.top - safe.bottom },
        // Hundreds of islands keep their true places, and only the names with room are shown.
        this.isLarge ? { iterations: 0, hideCrowded: true, labelLimit: LARGE_LABEL_LIMIT } : undefined,
      );
      for (const placed of shifted.values()) {
        placed.cx += safe.left;
        placed.lx += safe.left;
        placed.cy += safe.top;
        placed.ly += safe.top;
      }
      this.placements = shifted;
      this.placedAt = new Map(
        islands.map((node) => [node.id, { at: projected.get(node.id) as Point, r: node.radius * scale }]),
      );
    }

    for (const node of islands) {
      const p = projected.get(node.id) as Point;
      const was = this.placedAt.get(node.id);
      const stored = this.placements.get(node.id);
      const r = node.radius * scale;
      // While the camera moves, the last placement keeps its offsets from the true position, and a label
      // moves out from its island's centre as the island grows (in as it shrinks).
      const dx = was ? p[0] - was.at[0] : 0;
      const dy = was ? p[1] - was.at[1] : 0;
      const ox = stored ? stored.lx - stored.cx : 0;
      const oy = stored ? stored.ly - stored.cy : 0;
      const off = Math.hypot(ox, oy);
      const grow = was && off > 0 ? ((r - was.r) * LABEL_DEFAULTS.radiusScale) / off : 0;
      const cx = stored ? stored.cx + dx : p[0];
      const cy = stored ? stored.cy + dy : p[1];
      centres.set(node.id, { x: cx, y: cy, r });
      node.place.setTranslate(round(cx), round(cy));
      // Written only when it changes: thousands of islands make each write count.
      resize(node, round((scale * node.radius) / node.baseRadius, 1000));
      const label = node.label;
      if (label) {
        const hidden = stored?.hidden === true;
        if (label.text.hasAttribute('hidden') !== hidden) label.text.toggleAttribute('hidden', hidden);
        if (stored && !hidden)
          moveLabel(label, stored.lx + dx + ox * grow, stored.ly + dy + oy * grow, stored.anchor);
      }
      const leader = node.leader;
      if (leader) {
        showLeader(leader, stored?.displaced === true);
        if (stored?.displaced) {
          leader.line.x1.baseVal.value = round(p[0]);
          leader.line.y1.baseVal.value = round(p[1]);
          leader.line.x2.baseVal.value = round(cx);
          leader.line.y2.baseVal.value = round(cy);
          leader.dot.cx.baseVal.value = round(p[0]);
          leader.dot.cy.baseVal.value = round(p[1]);
        }
      }
    }

    for (const ind of stackIndicators(indicators, 44)) {
      const node = this.cityById.get(ind.id);
      if (!node) continue;
      centres.set(node.id, { x: ind.x, y: ind.y, r: 12 });
      node.place.setTranslate(round(ind.x), round(ind.y));
      resize(node, 1);
      const side = edgeSide({ x: ind.x - safe.left, y: ind.y - safe.top }, safeViewport);
      const dx = side === 'left' ? 20 : side === 'right' ? -20 : 0;
      const dy = side === 'top' ? 30 : side === 'bottom' ? -24 : 0;
      if (node.label) {
        const anchor = side === 'left' ? 'start' : side === 'right' ? 'end' : 'middle';
        moveLabel(node.label, ind.x + dx, ind.y + dy, anchor);
      }
      if (node.leader) showLeader(node.leader, false);
    }

    const moving = input.moving === true;
    for (const node of this.links) {
      if (moving) {
        this.moveLink(node);
        continue;
      }
      if (node.unit) {
        node.line.transform.baseVal.clear();
        node.unit = null;
      }
      const d = this.arcOf(node.datum);
      node.line.setAttribute('d', d);
      node.hit.setAttribute('d', d);
    }
    this.restComplete = placeNow && (!moving || this.links.length === 0);
    for (const link of this.canvasLinks) link.d = this.arcOf(link.datum);
    this.drawCanvasLinks();

    // A moving camera keeps each group name on the side it had at rest: no search, and no jumps mid-flight.
    const taken = moving ? null : this.occupiedBoxes();
    for (const node of this.groups) {
      const points: Point[] = [];
      let padding = 14;
      for (const id of node.members) {
        const c = centres.get(id);
        if (!c) continue;
        points.push([c.x, c.y]);
        padding = Math.max(padding, c.r + 12);
      }
      if (points.length === 0) {
        node.hull.setAttribute('d', '');
        node.label.setAttribute('hidden', '');
        continue;
      }
      const outline = groupOutline(points, padding);
      node.hull.setAttribute('d', outline.d);
      const [lx, ly] = this.groupLabelSpot(node, points, padding, outline.top, taken);
      if (node.label.hasAttribute('hidden')) node.label.removeAttribute('hidden');
      node.labelX.value = round(lx);
      node.labelY.value = round(ly);
    }
  }

  private arcOf(datum: OverlayLink): string {
    const { source, target, index, count } = datum;
    // Endpoints ordered by id so that a fan looks the same whichever way the file lists a pair.
    const [a, b] = source < target ? [source, target] : [target, source];
    const pa = this.centres.get(a);
    const pb = this.centres.get(b);
    if (!pa || !pb) return '';
    return linkArc([pa.x, pa.y], [pb.x, pb.y], { index, count, trim: [pa.r + 1, pb.r + 1] }).d;
  }

  /**
   * A link while the camera moves: its curve from centre to centre (the islands cover the ends), put there
   * by a matrix, so a frame writes six numbers instead of a path. Exact arcs come back at rest.
   */
  private moveLink(node: LinkNode): void {
    const { source, target, index, count } = node.datum;
    const [a, b] = source < target ? [source, target] : [target, source];
    const pa = this.centres.get(a);
    const pb = this.centres.get(b);
    if (!pa || !pb) return;
    if (!node.unit) {
      node.line.setAttribute('d', unitArc([pa.x, pa.y], [pb.x, pb.y], { index, count }));
      node.unit = transformHandle(this.svg, node.line);
    }
    const m = this.unitMatrix;
    m.a = pb.x - pa.x;
    m.b = pb.y - pa.y;
    m.c = -m.b;
    m.d = m.a;
    m.e = pa.x;
    m.f = pa.y;
    node.unit.setMatrix(m);
  }

  private drawCanvasLinks(): void {
    const frame = this.lastFrame;
    if (!this.linkCanvas || !frame) return;
    if (!this.colours) {
      const css = getComputedStyle(this.svg);
      this.colours = {
        accent: css.getPropertyValue('--accent').trim() || '#b3400b',
        linkScale: Number.parseFloat(css.getPropertyValue('--link-scale')) || 1,
      };
    }
    this.linkCanvas.draw(this.canvasLinks, frame.viewport, this.theme, this.colours);
  }

  /** The link drawn on the canvas at this point of the overlay (canvas renderer only). */
  linkAt(x: number, y: number): string | null {
    // While the picture is moved, the links are where they were drawn: map the point back there.
    const [rx, ry] = this.picture ? apply(inverse(this.picture), [x, y]) : [x, y];
    return this.linkCanvas?.linkAt(rx, ry) ?? null;
  }

  /** Boxes of drawn islands and city labels, which group names must not cover. */
  private occupiedBoxes(): Box[] {
    const boxes: Box[] = [];
    for (const node of this.cities) {
      const c = this.centres.get(node.id);
      if (!c) continue;
      const r = c.r * 1.25;
      boxes.push({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r });
      const placed = this.placements.get(node.id);
      if (!placed || placed.hidden) continue;
      const w = node.labelWidth;
      const x0 =
        placed.anchor === 'start' ? placed.lx : placed.anchor === 'end' ? placed.lx - w : placed.lx - w / 2;
      const h = node.labelHeight;
      boxes.push({ x0, y0: placed.ly - h / 2, x1: x0 + w, y1: placed.ly + h / 2 });
    }
    return boxes;
  }

  /**
   * Above the hull, else below it, else beside one of its islands: the first spot where the name covers no
   * island, label or other name; when every spot is taken, the one that covers least.
   */
  private groupLabelSpot(
    node: GroupNode,
    points: Point[],
    padding: number,
    top: Point,
    taken: Box[] | null,
  ): Point {
    const width = node.labelWidth;
    const h = node.labelHeight;
    // Text sits on its baseline: about three quarters of the box above it.
    const candidate = (i: number): Point => {
      if (i === 0) return [top[0], top[1] - 6];
      if (i === 1) {
        const flipped = hullLabelPoint(
          points.map(([x, y]) => [x, -y] as Point),
          padding,
        );
        return [flipped[0], -flipped[1] + h * 0.9];
      }
      const [x, y] = points[(i - 2) >> 1]!;
      return i % 2 === 0 ? [x, y + padding + h * 0.9] : [x, y - padding - 6];
    };
    const count = 2 + 2 * points.length;
    if (!taken) return candidate(node.spot < count ? node.spot : 0);
    const boxOf = ([x, y]: Point): Box => ({
      x0: x - width / 2,
      y0: y - h * 0.75,
      x1: x + width / 2,
      y1: y + h * 0.25,
    });
    let chosen = candidate(0);
    node.spot = 0;
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const c = i === 0 ? chosen : candidate(i);
      const box = boxOf(c);
      let covered = 0;
      for (const b of taken) covered += overlapArea(b, box);
      if (covered < least) {
        least = covered;
        chosen = c;
        node.spot = i;
        if (covered === 0) break;
      }
    }
    taken.push(boxOf(chosen));
    return chosen;
  }

  /**
   * Resizes islands (island size by population, degree or betweenness). With `animate`, they grow or
   * shrink over 400 ms; without it (reduced motion) they jump.
   */
  setRadii(radii: ReadonlyMap<string, number>, animate: boolean): void {
    for (const node of this.cities) {
      const r = radii.get(node.id);
      if (r !== undefined && !node.external) node.targetRadius = r;
    }
    cancelAnimationFrame(this.tween);
    const from = new Map(this.cities.map((n) => [n.id, n.radius]));
    const settle = () => {
      for (const node of this.cities) node.radius = node.targetRadius;
      if (this.lastFrame) this.redrawNow();
    };
    if (!animate) {
      settle();
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      // A network too large to redraw per frame takes its new sizes at once.
      if (this.movesAsPicture) {
        settle();
        return;
      }
      const t = Math.min(1, (now - start) / 400);
      const k = t * t * (3 - 2 * t);
      for (const node of this.cities) {
        const r0 = from.get(node.id) ?? node.radius;
        node.radius = r0 + (node.targetRadius - r0) * k;
      }
      if (this.lastFrame) this.redrawNow();
      if (t < 1) this.tween = requestAnimationFrame(step);
    };
    this.tween = requestAnimationFrame(step);
  }

  setEmphasis(emphasis: Emphasis = NO_EMPHASIS): void {
    const fadeCities = emphasis.cities;
    for (const node of this.cities) {
      const faded = fadeCities !== null && !fadeCities.has(node.id);
      node.group.classList.toggle('is-faded', faded);
      node.label?.text.classList.toggle('is-faded', faded);
      node.group.classList.toggle('is-selected', emphasis.selected === node.id);
      node.label?.text.classList.toggle('is-selected', emphasis.selected === node.id);
      node.group.setAttribute('aria-pressed', String(emphasis.selected === node.id));
    }
    for (const link of this.canvasLinks) link.state = linkState(link.datum.id, emphasis);
    this.drawCanvasLinks();
    for (const node of this.links) {
      const active = emphasis.links?.has(node.datum.id) ?? false;
      node.group.classList.toggle('is-faded', emphasis.links !== null && !active);
      node.group.classList.toggle('is-active', emphasis.links !== null && active);
      node.group.classList.toggle('is-selected', emphasis.selectedLink === node.datum.id);
      node.group.classList.toggle('is-path', emphasis.path?.has(node.datum.id) ?? false);
      const hidden = emphasis.visibleLinks ? !emphasis.visibleLinks.has(node.datum.id) : false;
      node.group.toggleAttribute('hidden', hidden);
    }
    for (const node of this.groups) {
      node.group.classList.toggle('is-faded', emphasis.groups !== null && !emphasis.groups.has(node.id));
      const hidden = emphasis.visibleGroups ? !emphasis.visibleGroups.has(node.id) : false;
      node.group.toggleAttribute('hidden', hidden);
    }
  }

  /** Moves keyboard focus to an island; returns false when it is not drawn. */
  focusCity(id: string): boolean {
    const node = this.cityById.get(id);
    if (!node) return false;
    node.group.focus({ preventScroll: true });
    return true;
  }

  private joinGroups(): void {
    const layer = select(this.layers.hulls);
    const sel = layer
      .selectAll<SVGGElement, unknown>('g[data-group]')
      .data(this.model.groups, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append('g').attr('part', 'group');
        g.append('path').attr('class', 'hull');
        g.append('text').attr('class', 'group-label').attr('text-anchor', 'middle');
        return g;
      });
    sel
      .attr('data-group', (d) => d.id)
      .attr('data-type', (d) => d.type)
      // Overlapping hulls need their own hues to be told apart.
      .attr('class', (_d, i) => `group hue-${i % GROUP_HUES}`);
    sel.select('text').text((d) => d.name);
    this.groups = sel.nodes().map((group, i) => {
      const d = this.model.groups[i]!;
      const label = group.querySelector('text') as SVGTextElement;
      return {
        id: d.id,
        members: d.members,
        group,
        hull: group.querySelector('path') as SVGPathElement,
        label,
        labelX: lengthHandle(this.svg, label.x),
        labelY: lengthHandle(this.svg, label.y),
        labelWidth: 0,
        labelHeight: 16,
        spot: 0,
      };
    });
  }

  private joinLinks(): void {
    const onCanvas = this.linkCanvas !== null;
    this.canvasLinks = onCanvas
      ? this.model.links.map((datum) => ({ id: datum.id, type: datum.type, datum, d: '', state: 'normal' }))
      : [];
    const layer = select(this.layers.links);
    const sel = layer
      .selectAll<SVGGElement, OverlayLink>('g[data-link]')
      .data(onCanvas ? [] : this.model.links, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('part', 'link').attr('class', 'link');
        g.append('path').attr('class', 'link-hit');
        g.append('path').attr('class', 'link-line');
        return g;
      });
    sel
      .attr('data-link', (d) => d.id)
      .attr('data-type', (d) => d.type)
      .on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        this.handlers.select('link', d.id);
      })
      .on('pointerenter', (event: PointerEvent, d) =>
        this.handlers.hover({ kind: 'link', id: d.id, at: this.localPoint(event) }),
      )
      .on('pointermove', (event: PointerEvent, d) =>
        this.handlers.hover({ kind: 'link', id: d.id, at: this.localPoint(event) }),
      )
      .on('pointerleave', () => this.handlers.hover(null, true));
    this.links = sel.nodes().map((group, i) => {
      const node: LinkNode = {
        datum: this.model.links[i]!,
        group,
        hit: group.querySelector('.link-hit') as SVGPathElement,
        line: group.querySelector('.link-line') as SVGPathElement,
        unit: null,
        width: 2,
        dash: '',
      };
      this.styleLink(node);
      return node;
    });
  }

  private styleLink(node: LinkNode): void {
    const style = linkStyle(node.datum.type, this.theme);
    node.line.style.setProperty('--link-color', style.color);
    node.line.style.setProperty('--link-width', `${style.width}px`);
    node.line.style.setProperty('--link-opacity', String(style.opacity));
    node.line.setAttribute(
      'stroke-dasharray',
      style.dash
        ? style.dash
            .split(' ')
            .map((n) => String(Number(n) * style.width))
            .join(' ')
        : 'none',
    );
  }

  private joinCities(): void {
    const islands = select(this.layers.islands);
    const sel = islands
      .selectAll<SVGGElement, unknown>('g[data-city]')
      .data(this.model.cities, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('part', 'island')
          .attr('tabindex', '0')
          .attr('role', 'button')
          .attr('focusable', 'true');
        // Invisible: the smallest island still takes a pointer in a 24 px circle.
        g.append('circle').attr('class', 'hit').attr('r', MIN_TARGET_RADIUS).attr('fill', 'transparent');
        g.append('g').attr('class', 'shape');
        return g;
      });
    sel
      .attr('data-city', (d) => d.id)
      .attr('class', (d) => (d.kind === 'external' ? 'island indicator' : 'island'))
      .attr('aria-label', (d) => d.label);

    const plain = this.isLarge;
    sel.each(function (d) {
      const shape = this.querySelector('.shape') as SVGGElement;
      shape.replaceChildren();
      if (d.kind === 'external') {
        const badge = document.createElementNS(SVG_NS, 'circle');
        badge.setAttribute('class', 'badge');
        badge.setAttribute('r', '12');
        const arrow = document.createElementNS(SVG_NS, 'path');
        arrow.setAttribute('class', 'arrow');
        arrow.setAttribute('d', 'M14,-7 L26,0 L14,7 Z');
        shape.append(arrow, badge);
        return;
      }
      // Coastline rings are drawn only where there are few enough islands to see them.
      const rings = plain ? [] : coastRings(d.id, d.radius);
      for (let i = rings.length - 1; i >= 0; i--) {
        const ring = document.createElementNS(SVG_NS, 'path');
        ring.setAttribute('class', `coast coast-${i + 1}`);
        ring.setAttribute('d', rings[i] ?? '');
        shape.append(ring);
      }
      const land = document.createElementNS(SVG_NS, 'path');
      land.setAttribute('class', 'land');
      land.setAttribute('d', islandPath(d.id, d.radius, plain ? SMALL_ISLAND : undefined));
      shape.append(land);
    });

    sel
      .on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        this.handlers.select('city', d.id, event.shiftKey);
      })
      .on('keydown', (event: KeyboardEvent, d) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          this.handlers.select('city', d.id, event.shiftKey);
        } else if (event.key.startsWith('Arrow') && this.handlers.focusMove) {
          event.preventDefault();
          event.stopPropagation();
          this.handlers.focusMove(d.id, event.key);
        }
      })
      .on('pointerenter', (_event: PointerEvent, d) => this.hoverCity(d.id))
      .on('focus', (_event: FocusEvent, d) => this.hoverCity(d.id))
      .on('pointerleave', () => this.handlers.hover(null, true))
      .on('blur', () => this.handlers.hover(null));

    // A large network names only the cities that can ever get a label, and never moves islands aside.
    const named = plain ? namedCities(this.model.cities, LARGE_LABEL_LIMIT) : null;
    const labelled = named ? this.model.cities.filter((d) => named.has(d.id)) : this.model.cities;
    const labels = select(this.layers.labels)
      .selectAll<SVGTextElement, unknown>('text')
      .data(labelled, (d) => (d as { id: string }).id)
      .join('text')
      .attr('class', (d) => (d.kind === 'external' ? 'city-label external' : 'city-label'))
      .attr('dominant-baseline', 'middle')
      .attr('aria-hidden', 'true')
      .text((d) => d.name);

    const leaders = select(this.layers.leaders)
      .selectAll<SVGGElement, unknown>('g')
      .data(plain ? [] : this.model.cities, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'leader');
        g.append('line').attr('hidden', '');
        g.append('circle').attr('r', 2.5).attr('hidden', '');
        return g;
      });

    const labelById = new Map(labels.nodes().map((text, i) => [labelled[i]!.id, text]));
    const leaderNodes = leaders.nodes();
    this.cities = sel.nodes().map((group, i) => {
      const d = this.model.cities[i]!;
      const shape = group.querySelector('.shape') as SVGGElement;
      const text = labelById.get(d.id);
      const leader = leaderNodes[i];
      return {
        id: d.id,
        external: d.kind === 'external',
        lngLat: d.lngLat,
        baseRadius: d.radius,
        radius: d.radius,
        targetRadius: d.radius,
        priority: d.priority,
        group,
        shape,
        label: text
          ? {
              text,
              x: lengthHandle(this.svg, text.x),
              y: lengthHandle(this.svg, text.y),
              anchor: text.getAttribute('text-anchor') ?? '',
            }
          : null,
        leader: leader
          ? {
              line: leader.querySelector('line') as SVGLineElement,
              dot: leader.querySelector('circle') as SVGCircleElement,
              shown: false,
            }
          : null,
        arrow: arrowOf(this.svg, group.querySelector('.arrow')),
        labelWidth: 0,
        labelHeight: LABEL_HEIGHT,
        place: transformHandle(this.svg, group),
        size: transformHandle(this.svg, shape),
        sizeDrawn: 1,
      };
    });
    this.cityById = new Map(this.cities.map((c) => [c.id, c]));
  }

  private hoverCity(id: string): void {
    const c = this.centres.get(id);
    if (c) this.handlers.hover({ kind: 'city', id, at: [c.x, c.y - c.r] });
  }

  private localPoint(event: PointerEvent): Point {
    const box = this.svg.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }
}

/**
 * The benchmark (`npm run bench`) measures the overlay's own work per frame by putting an array at
 * `globalThis.__archipelagoOverlayTimes` before the page loads; without it nothing is recorded.
 */
function frameTimes(): number[] | undefined {
  const times = (globalThis as { __archipelagoOverlayTimes?: unknown }).__archipelagoOverlayTimes;
  return Array.isArray(times) ? times : undefined;
}

function linkState(id: string, emphasis: Emphasis): LinkState {
  if (emphasis.visibleLinks && !emphasis.visibleLinks.has(id)) return 'hidden';
  if (emphasis.path?.has(id)) return 'path';
  if (emphasis.selectedLink === id) return 'selected';
  if (emphasis.links === null) return 'normal';
  return emphasis.links.has(id) ? 'active' : 'faded';
}

/**
 * The cities `placeLabels` may name with `labelLimit`: the first `limit` by priority, then id (its own
 * order), and every city beyond the map, whose edge indicator always carries its name.
 */
function namedCities(cities: OverlayModel['cities'], limit: number): Set<string> {
  const ranked = [...cities].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const named = new Set(ranked.slice(0, limit).map((d) => d.id));
  for (const d of cities) if (d.kind === 'external') named.add(d.id);
  return named;
}

function resize(node: CityNode, scale: number): void {
  if (node.sizeDrawn === scale) return;
  node.size.setScale(scale, scale);
  node.sizeDrawn = scale;
}

function moveLabel(label: CityLabel, x: number, y: number, anchor: string): void {
  label.x.value = round(x);
  label.y.value = round(y);
  if (label.anchor === anchor) return;
  label.text.setAttribute('text-anchor', anchor);
  label.anchor = anchor;
}

function arrowOf(svg: SVGSVGElement, path: SVGPathElement | null): Arrow | null {
  return path ? { path, turn: transformHandle(svg, path), angle: Number.NaN } : null;
}

/**
 * Turns an indicator's arrow to `angle` (degrees), or hides it (null), writing only what changed: two
 * arrows written as strings on every frame were about a fifth of a camera frame of the shipped network
 * (measured in the page).
 */
function pointArrow(arrow: Arrow, angle: number | null): void {
  if (arrow.angle === angle) return;
  if (angle === null) arrow.path.setAttribute('hidden', '');
  else {
    if (arrow.angle === null) arrow.path.removeAttribute('hidden');
    arrow.turn.setRotate(angle, 0, 0);
  }
  arrow.angle = angle;
}

function showLeader(leader: Leader, shown: boolean): void {
  if (leader.shown === shown) return;
  leader.line.toggleAttribute('hidden', !shown);
  leader.dot.toggleAttribute('hidden', !shown);
  leader.shown = shown;
}

function round(v: number, k = 10): number {
  return Math.round(v * k) / k;
}

function edgeSide(p: { x: number; y: number }, viewport: Viewport): 'left' | 'right' | 'top' | 'bottom' {
  const distances = {
    left: p.x,
    right: viewport.width - p.x,
    top: p.y,
    bottom: viewport.height - p.y,
  };
  let best: keyof typeof distances = 'left';
  for (const side of ['right', 'top', 'bottom'] as const) if (distances[side] < distances[best]) best = side;
  return best;
}
