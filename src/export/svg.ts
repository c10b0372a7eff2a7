/**
 * The overlay as a standalone SVG document: what is on screen, styled by the element's stylesheet, made to
 * render the same outside the shadow root (in a file, a slide tool, an `<img>`, a print workflow).
 *
 * The live overlay takes its look from CSS and custom properties; here every mark carries its COMPUTED
 * style inline. Built by cloning the live DOM and serialising it with `XMLSerializer`, so data strings
 * (names, ids) are escaped by the serializer and never spliced into markup.
 *
 * Left out: hidden marks (`hidden`, `display: none`), the transparent hit areas of links and islands,
 * empty paths and groups, and what only makes sense on screen (`tabindex`, `role`, `aria-*`, `part`, `focusable`, event
 * attributes, custom properties). `vector-effect: non-scaling-stroke` is baked in (its stroke width
 * divided by the mark's scale) so the file scales as one picture, also in tools without vector effects.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Inherited presentation properties: written on the root, and on a mark only where it differs. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Properties that do not inherit: written when they are not at their initial value. */
const NOT_INHERITED: Record<string, string> = { opacity: '1' };

/** Attributes of the live overlay that mean nothing in a file. */
const DROPPED_ATTRIBUTES = new Set(['tabindex', 'role', 'focusable', 'part', 'style']);

export interface StyledClone {
  /** The detached, styled copy of the overlay (root element of the document to serialise). */
  root: SVGSVGElement;
  /** Live element → its copy, for every element kept. */
  copies: Map<Element, Element>;
  /** Size of the overlay in CSS pixels (the viewBox). */
  width: number;
  height: number;
}

/** The overlay's size in CSS pixels: its client box, else its bounding box. */
export function overlaySize(overlay: SVGSVGElement): { width: number; height: number } {
  let width = overlay.clientWidth;
  let height = overlay.clientHeight;
  if (!(width > 0 && height > 0)) {
    const box = overlay.getBoundingClientRect();
    width = box.width;
    height = box.height;
  }
  return { width: round(width, 100), height: round(height, 100) };
}

/** Whether a live element is drawn at all (and so belongs in the export). */
function isShown(el: Element, style: CSSStyleDeclaration): boolean {
  if (el.hasAttribute('hidden')) return false;
  if (el.classList.contains('link-hit') || el.classList.contains('hit')) return false;
  if (style.display === 'none') return false;
  // A path without geometry (a link whose ends are off the map, a hull with no drawn member) draws nothing.
  if (el.localName === 'path' && !(el.getAttribute('d') ?? '').trim()) return false;
  return true;
}

/**
 * A detached copy of the overlay with computed styles inline (see the module comment). `size` sets the
 * output `width`/`height`; the viewBox stays the overlay's own CSS size, so marks scale with it.
 */
export function styledOverlayClone(
  overlay: SVGSVGElement,
  styleSource: Element,
  size?: { width: number; height: number },
): StyledClone {
  const doc = overlay.ownerDocument;
  const { width, height } = overlaySize(overlay);
  const copies = new Map<Element, Element>();
  const rootStyle = getComputedStyle(overlay);
  const sourceStyle = getComputedStyle(styleSource);

  const root = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttribute('width', String(round(size?.width ?? width, 100)));
  root.setAttribute('height', String(round(size?.height ?? height, 100)));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const className = overlay.getAttribute('class');
  if (className) root.setAttribute('class', className);
  copies.set(overlay, root);

  // The root carries every inherited property in full; the frame's values stand in for any the overlay
  // does not report (a detached overlay has no computed style).
  for (const name of INHERITED) {
    const value = rootStyle.getPropertyValue(name) || sourceStyle.getPropertyValue(name);
    if (value) root.style.setProperty(name, value);
  }
  const label = overlay.getAttribute('aria-label');
  if (label) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    root.append(title);
  }

  const walk = (live: Element, parentStyle: CSSStyleDeclaration, into: Element) => {
    for (const child of live.children) {
      if (child.namespaceURI !== SVG_NS) continue;
      const style = getComputedStyle(child);
      if (!isShown(child, style)) continue;
      const copy = copyElement(child, style, parentStyle);
      copies.set(child, copy);
      into.append(copy);
      if (child.localName === 'text' || child.localName === 'tspan' || child.localName === 'title') {
        copyText(child, copy, style, copies);
      } else walk(child, style, copy);
    }
  };
  walk(overlay, rootStyle, root);
  pruneEmptyGroups(root);
  return { root, copies, width, height };
}

/**
 * The overlay as a standalone SVG document string (see the module comment). `size` sets the output
 * `width`/`height` (e.g. a slide's pixel size); the viewBox is always the overlay's CSS size.
 */
export function overlaySvg(
  overlay: SVGSVGElement,
  styleSource: Element,
  size?: { width: number; height: number },
): string {
  const { root } = styledOverlayClone(overlay, styleSource, size);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** A shallow copy of one mark: its own attributes (minus the screen-only ones) and its computed style. */
function copyElement(live: Element, style: CSSStyleDeclaration, parentStyle: CSSStyleDeclaration): Element {
  const copy = live.ownerDocument.createElementNS(SVG_NS, live.localName);
  for (const attr of live.attributes) {
    const name = attr.name;
    if (DROPPED_ATTRIBUTES.has(name) || name.startsWith('aria-') || /^on/i.test(name)) continue;
    if (attr.namespaceURI === XLINK_NS) copy.setAttributeNS(XLINK_NS, name, attr.value);
    else if (!attr.namespaceURI) copy.setAttribute(name, attr.value);
  }
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (!value) continue;
    // Written where it differs from the parent, and always where an attribute of that name would
    // otherwise decide it.
    if (value !== parentStyle.getPropertyValue(name) || live.hasAttribute(name)) {
      copy.style.setProperty(name, value);
    }
  }
  for (const [name, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) copy.style.setProperty(name, value);
  }
  if (style.getPropertyValue('vector-effect') === 'non-scaling-stroke')
    bakeNonScalingStroke(live, copy, style);
  return copy;
}

/** Text content, and any `tspan` inside it, copied as text nodes (escaped by the serializer). */
function copyText(live: Element, copy: Element, style: CSSStyleDeclaration, copies: Map<Element, Element>) {
  for (const node of live.childNodes) {
    if (node.nodeType === Node.TEXT_NODE)
      copy.append(live.ownerDocument.createTextNode(node.textContent ?? ''));
    else if (node instanceof Element && node.namespaceURI === SVG_NS && node.localName === 'tspan') {
      const childStyle = getComputedStyle(node);
      if (!isShown(node, childStyle)) continue;
      const span = copyElement(node, childStyle, style);
      copies.set(node, span);
      copy.append(span);
      copyText(node, span, childStyle, copies);
    }
  }
}

/**
 * On screen a non-scaling stroke is as wide as its style says whatever the mark's own scale (islands are
 * scaled with the zoom). In the file the stroke width is divided by that scale instead, so the whole
 * picture scales as one.
 */
function bakeNonScalingStroke(live: Element, copy: Element, style: CSSStyleDeclaration): void {
  const ctm = live instanceof SVGGraphicsElement ? live.getCTM() : null;
  const scale = ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1;
  const css = (copy as SVGElement).style;
  css.removeProperty('vector-effect');
  if (!(scale > 0) || Math.abs(scale - 1) < 1e-6) return;
  const width = Number.parseFloat(style.getPropertyValue('stroke-width'));
  if (Number.isFinite(width)) css.setProperty('stroke-width', `${round(width / scale, 1000)}px`);
  const dash = style.getPropertyValue('stroke-dasharray');
  if (dash && dash !== 'none') {
    const parts = dash.split(/[\s,]+/).map((p) => Number.parseFloat(p));
    if (parts.every(Number.isFinite)) {
      css.setProperty('stroke-dasharray', parts.map((p) => `${round(p / scale, 1000)}px`).join(' '));
    }
  }
}

/** Removes `g` elements left with nothing to draw (a leader whose line and dot are hidden, …). */
function pruneEmptyGroups(root: Element): void {
  const groups = [...root.querySelectorAll('g')].reverse(); // innermost first
  for (const g of groups) if (g.children.length === 0) g.remove();
}

function round(v: number, k: number): number {
  return Math.round(v * k) / k;
}
