import './components/define';
import { attributesFromQuery } from './embed/config';

const map = document.querySelector('archipelago-map');
if (map) {
  for (const [name, value] of Object.entries(attributesFromQuery(location.search)))
    map.setAttribute(name, value);
  if (!map.hasAttribute('lang')) map.setAttribute('lang', navigator.language);
}
