import { THEME_TOKENS } from '../components/theme-tokens';
import { CAMERA_ANCHORS as ANCHORS, type Similarity, scaleOf, similarityFrom } from '../geo/similarity';
import type { Point, Project } from '../geo/types';
import type { CanvasColours, CanvasLink, LinkState } from './link-canvas';
import type { Emphasis, OverlayLink } from './model';
import type { Theme } from './palette';

/**
 * Large networks: when a network is large, how it moves as one picture while the camera moves, and its
 * links on a canvas (`link-canvas.ts`) instead of SVG elements.
 */

/**
 * Above this many islands a network is large: it moves as one picture, keeps its islands on their true
 * places and names only the cities with room.
 */
export const LARGE_NETWORK_CITIES = 150;
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
export const REST_REDRAW_MS = 200;

/** Screen positions of the camera anchors: a drawn picture's reference, to tell how the camera moved. */
export function referenceOf(project: Project): [Point, Point] {
  return [project(ANCHORS[0]), project(ANCHORS[1])];
}

/**
 * How the picture drawn at `reference` is moved to the camera `project` stands for, or null when the
 * move is no similarity, or has grown or shrunk it past `PICTURE_MAX_SCALE` (a full draw is due).
 */
export function pictureMove(reference: [Point, Point], project: Project): Similarity | null {
  const s = similarityFrom(reference[0], reference[1], project(ANCHORS[0]), project(ANCHORS[1]));
  if (!s) return null;
  const k = scaleOf(s);
  return k <= PICTURE_MAX_SCALE && k >= 1 / PICTURE_MAX_SCALE ? s : null;
}

/** The links to draw on the canvas, each with its datum; their arcs are set at every full draw. */
export function canvasLinksOf(links: OverlayLink[]): (CanvasLink & { datum: OverlayLink })[] {
  return links.map((datum) => ({
    id: datum.id,
    type: datum.type,
    color: datum.color,
    proposed: datum.proposed,
    datum,
    d: '',
    state: 'normal',
  }));
}

/** A link's emphasis as the canvas draws it (as the SVG links' classes say it). */
export function linkState(id: string, emphasis: Emphasis): LinkState {
  if (emphasis.visibleLinks && !emphasis.visibleLinks.has(id)) return 'hidden';
  if (emphasis.path?.has(id)) return 'path';
  if (emphasis.selectedLink === id) return 'selected';
  if (emphasis.links === null) return 'normal';
  return emphasis.links.has(id) ? 'active' : 'faded';
}

/** The theme's accent, link scale and sea as the element's CSS sets them (reading forces a style pass). */
export function canvasColours(el: Element, theme: Theme): CanvasColours {
  const css = getComputedStyle(el);
  return {
    accent: css.getPropertyValue('--accent').trim() || THEME_TOKENS[theme].accent!,
    linkScale: Number.parseFloat(css.getPropertyValue('--link-scale')) || 1,
    core: css.getPropertyValue('--bg').trim() || THEME_TOKENS[theme].water!,
  };
}
