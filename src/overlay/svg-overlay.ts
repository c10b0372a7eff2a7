import type { Placement } from '../geo/labels';
import { apply, inverse, matrixString, type Similarity } from '../geo/similarity';
import { type Point, type Sides, sameSides } from '../geo/types';
import { drawIndicators, type Indicator, projectCities, safeViewportOf } from './edge-indicators';
import { drawHulls, emphasiseGroups, joinGroups, measureGroupLabels, occupiedBoxes } from './hulls';
import { emphasiseCities, joinCities, SVG_NS } from './islands';
import { measureCityLabels, measureLabelsQuickly } from './labels';
import {
  CANVAS_LINK_THRESHOLD,
  canvasColours,
  canvasLinksOf,
  LARGE_NETWORK_CITIES,
  linkState,
  pictureMove,
  REST_REDRAW_MS,
  referenceOf,
} from './large-network';
import { type CanvasColours, type CanvasLink, LinkCanvas } from './link-canvas';
import { arcOf, drawLinks, emphasiseLinks, joinLinks, styleLink } from './links';
import type { Emphasis, OverlayHandlers, OverlayLink, OverlayModel } from './model';
import { NO_EMPHASIS } from './model';
import type { Centre, CityNode, FrameInput, GroupNode, LinkNode } from './nodes';
import { GROUP_HUES, type Theme } from './palette';
import { drawIslands, type PlacedAt, placeCityLabels, placedAtOf } from './rest-layout';

export { MIN_TARGET_RADIUS } from './islands';
export { LARGE_LABEL_LIMIT } from './labels';
export { CANVAS_LINK_THRESHOLD, LARGE_NETWORK_CITIES } from './large-network';
export type { FrameInput } from './nodes';
/** Re-exported from `palette.ts`, where the hull hues are counted with the other colours. */
export { GROUP_HUES };

const NO_INSETS: Sides = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

/**
 * The D3 overlay: islands, links, group hulls and labels in one SVG above the map, for both maps
 * (MapLibre's and the fallback without WebGL). Data is joined once in `setModel`; `frame` only re-projects
 * and writes attributes, so it is cheap enough to run on every camera move of the map. The parts it draws
 * are in their own files: `islands.ts`, `labels.ts`, `rest-layout.ts` (the rest layout and the frames
 * moved from it), `edge-indicators.ts`, `links.ts`, `hulls.ts` and `large-network.ts` (the picture and
 * the link canvas of large networks).
 */
export class SvgOverlay {
  readonly svg: SVGSVGElement;
  private readonly layers: Record<'hulls' | 'links' | 'leaders' | 'islands' | 'labels', SVGGElement>;
  private cities: CityNode[] = [];
  private cityById = new Map<string, CityNode>();
  private links: LinkNode[] = [];
  private groups: GroupNode[] = [];
  private placements = new Map<string, Placement>();
  private centres = new Map<string, Centre>();
  private theme: Theme = 'light';
  private model: OverlayModel = { cities: [], links: [], groups: [] };
  private lastFrame: FrameInput | null = null;
  private tween = 0;
  private linkCanvas: LinkCanvas | null = null;
  private canvasLinks: (CanvasLink & { datum: OverlayLink })[] = [];
  /** Where each island's true position was, and its drawn radius, when labels were last placed. */
  private placedAt: PlacedAt = new Map();
  /** Screen positions of the camera anchors at the last full draw; null while none stands. */
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
  private colours: CanvasColours | null = null;
  /** The matrix `drawLinks` fills for each moving link in turn (one object, not one per link and frame). */
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
    for (const node of this.links) styleLink(node, theme);
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
    this.groups = joinGroups(this.svg, this.layers.hulls, model.groups);
    const onCanvas = this.linkCanvas !== null;
    this.canvasLinks = onCanvas ? canvasLinksOf(model.links) : [];
    this.links = joinLinks(this.layers.links, onCanvas ? [] : model.links, this.theme, this.handlers, (e) =>
      this.localPoint(e),
    );
    this.cities = joinCities(this.svg, this.layers, model.cities, this.isLarge, this.handlers, (id) =>
      this.hoverCity(id),
    );
    this.cityById = new Map(this.cities.map((c) => [c.id, c]));
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
    if (this.isLarge) measureLabelsQuickly(this.cities);
    else measureCityLabels(this.cities);
    measureGroupLabels(this.groups);
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
    const s = pictureMove(this.reference, input.project);
    if (!s) return false;
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
    if (!sameSides(last.insets ?? NO_INSETS, input.insets ?? NO_INSETS)) return false;
    const [a, b] = referenceOf(input.project);
    return [a[0] - ref[0][0], a[1] - ref[0][1], b[0] - ref[1][0], b[1] - ref[1][1]].every(
      (d) => Math.abs(d) < 0.01,
    );
  }

  /**
   * A full draw: cities projected and sorted into islands and edge indicators; at rest (or on the first
   * frame) the rest layout made again; then islands, indicators, links and hulls drawn from it.
   */
  private drawFrame(input: FrameInput): void {
    this.startDraw(input);
    const { viewport, scale } = input;
    const safe = input.insets ?? NO_INSETS;
    const safeViewport = safeViewportOf(viewport, safe);
    const centres = this.centres;
    centres.clear();

    const indicators: Indicator[] = [];
    const islands: CityNode[] = [];
    const projected = new Map<string, Point>();
    projectCities(this.cities, input.project, safe, safeViewport, projected, islands, indicators);

    // While the camera moves, islands and labels keep the layout of the last rest (labels upright, beside
    // their islands as these grow); it is laid out again when the camera rests.
    const placeNow = !input.moving || this.placements.size === 0;
    if (placeNow) {
      this.placements = placeCityLabels(islands, projected, viewport, safe, scale, this.isLarge);
      this.placedAt = placedAtOf(islands, projected, scale);
    }
    drawIslands(islands, projected, scale, this.placements, this.placedAt, centres);
    drawIndicators(indicators, this.cityById, centres, safe, safeViewport);

    const moving = input.moving === true;
    drawLinks(this.svg, this.links, centres, moving, this.unitMatrix);
    this.restComplete = placeNow && (!moving || this.links.length === 0);
    for (const link of this.canvasLinks) link.d = arcOf(link.datum, centres);
    this.drawCanvasLinks();

    // A moving camera keeps each group name on the side it had at rest: no search, and no jumps mid-flight.
    drawHulls(this.groups, centres, moving ? null : occupiedBoxes(this.cities, centres, this.placements));
  }

  /** Takes `input` as the camera of the drawing that starts, and drops a moved picture. */
  private startDraw(input: FrameInput): void {
    this.stale = false;
    this.lastFrame = { ...input, moving: false };
    if (this.picture) this.svg.style.removeProperty('transform');
    this.picture = null;
    this.reference = referenceOf(input.project);
  }

  private drawCanvasLinks(): void {
    const frame = this.lastFrame;
    if (!this.linkCanvas || !frame) return;
    this.colours ??= canvasColours(this.svg, this.theme);
    this.linkCanvas.draw(this.canvasLinks, frame.viewport, this.theme, this.colours);
  }

  /** The link drawn on the canvas at this point of the overlay (canvas renderer only). */
  linkAt(x: number, y: number): string | null {
    // While the picture is moved, the links are where they were drawn: map the point back there.
    const [rx, ry] = this.picture ? apply(inverse(this.picture), [x, y]) : [x, y];
    return this.linkCanvas?.linkAt(rx, ry) ?? null;
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
    emphasiseCities(this.cities, emphasis);
    for (const link of this.canvasLinks) link.state = linkState(link.datum.id, emphasis);
    this.drawCanvasLinks();
    emphasiseLinks(this.links, emphasis);
    emphasiseGroups(this.groups, emphasis);
  }

  /**
   * Draws a city at `lngLat` (an editor's island being dragged); `null` puts it back where the model has
   * it. A full draw at rest, not a moving frame: the links that a moving frame places by a matrix would
   * keep it when the next model reuses their elements.
   */
  moveCity(id: string, lngLat: Point | null): void {
    const node = this.cityById.get(id);
    const at = lngLat ?? this.model.cities.find((c) => c.id === id)?.lngLat;
    if (!node || !at || !this.lastFrame) return;
    node.lngLat = at;
    this.drawFrame(this.lastFrame);
  }

  /** Moves keyboard focus to an island; returns false when it is not drawn. */
  focusCity(id: string): boolean {
    const node = this.cityById.get(id);
    if (!node) return false;
    node.group.focus({ preventScroll: true });
    return true;
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
