/**
 * Typed SVG DOM handles for the attributes the overlay writes on every camera frame. Setting a number on
 * them skips printing it and the browser's parsing of an attribute string: about half the cost of
 * `setAttribute` measured in Chromium. The attribute itself still reads and serialises as usual.
 */

/**
 * Makes `el`'s transform a single (identity) transform and returns it, to set with `setTranslate`,
 * `setScale` or `setMatrix`.
 */
export function transformHandle(svg: SVGSVGElement, el: SVGGraphicsElement): SVGTransform {
  el.transform.baseVal.initialize(svg.createSVGTransform());
  return el.transform.baseVal.getItem(0);
}

/** Makes a length list attribute (a text's `x` or `y`) one length and returns it to set its `value`. */
export function lengthHandle(svg: SVGSVGElement, lengths: SVGAnimatedLengthList): SVGLength {
  lengths.baseVal.initialize(svg.createSVGLength());
  return lengths.baseVal.getItem(0);
}
