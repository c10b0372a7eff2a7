import '../components/define';
import { attributesFromQuery } from './config';
import { decodeHash } from './hash-state';
import { RESIZE_TYPE, type ResizeMessage } from './resize-message';

const map = document.querySelector('archipelago-map');
if (map) {
  for (const [name, value] of Object.entries(attributesFromQuery(location.search)))
    map.setAttribute(name, value);
  if (!map.hasAttribute('lang')) map.setAttribute('lang', navigator.language);
  map.viewState = decodeHash(location.hash);
}

// Tell the parent page how tall the map is, whenever that changes (see embed-resize.js).
let last = -1;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  const message: ResizeMessage = { type: RESIZE_TYPE, height };
  window.parent.postMessage(message, '*');
};
new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('load', report);
