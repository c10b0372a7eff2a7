/** The floor: the product's map and embedded basemap with no overlay, ready at the first idle after load. */
import { mapContainer, markError, markReady, openBaseMap } from './base-map';

openBaseMap(mapContainer())
  .then((view) => view.idle())
  .then(markReady, markError);
