/**
 * Typed SVG DOM handles for the attributes the overlay writes on every camera frame. Setting a number on
 * them skips printing it and the browser's parsing of an attribute string: about half the cost of
 * `setAttribute` measured in Chromium. The attribute itself still reads and serialises as usual.
 */

/** Makes `el`'s transform a single translate and returns it to move the element with `setTranslate`. */
export function translateHandle(svg: SVGSVGElement, el: SVGGraphicsElement): SVGTransform {
  const t = svg.createSVGTransform();
  t.setTranslate(0, 0);
  el.transform.baseVal.initialize(t);
  return el.transform.baseVal.getItem(0);
}

/** Makes `el`'s transform a single scale and returns it to resize the element with `setScale`. */
export function scaleHandle(svg: SVGSVGElement, el: SVGGraphicsElement): SVGTransform {
  const t = svg.createSVGTransform();
  t.setScale(1, 1);
  el.transform.baseVal.initialize(t);
  return el.transform.baseVal.getItem(0);
}

/** Makes a length list attribute (a text's `x` or `y`) one length and returns it to set its `value`. */
export function lengthHandle(svg: SVGSVGElement, lengths: SVGAnimatedLengthList): SVGLength {
  lengths.baseVal.initialize(svg.createSVGLength());
  return lengths.baseVal.getItem(0);
}

/** Makes `el`'s transform a single matrix and returns it to move the element with `setMatrix`. */
export function matrixHandle(svg: SVGSVGElement, el: SVGGraphicsElement): SVGTransform {
  el.transform.baseVal.initialize(svg.createSVGTransform());
  return el.transform.baseVal.getItem(0);
}
