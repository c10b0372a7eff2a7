/** The floor: the product's map and embedded basemap with no overlay, ready at the first idle after load. */
import { mapContainer, markError, markReady, openBaseMap } from './base-map';

const container = mapContainer();
// `?layer=1`: what any element over the whole map costs the compositor each frame, with nothing in it that
// changes: the app's overlay is such a layer, so this splits the app's frame cost between it and the rest.
if (new URLSearchParams(location.search).has('layer')) {
  const layer = document.createElement('div');
  layer.className = 'bench-layer';
  container.append(layer);
}
openBaseMap(container)
  .then((view) => view.idle())
  .then(markReady, markError);
