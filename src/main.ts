import './components/define';
import { attributesFromQuery } from './embed/config';
import { decodeHash, encodeHash, type ViewState } from './embed/hash-state';

const map = document.querySelector('archipelago-map');
if (map) {
  for (const [name, value] of Object.entries(attributesFromQuery(location.search)))
    map.setAttribute(name, value);
  if (!map.hasAttribute('lang')) map.setAttribute('lang', navigator.language);
  // The page around the map wears the same theme as the map.
  const theme = map.getAttribute('theme');
  if (theme) document.documentElement.dataset.theme = theme;

  // The element never touches `location`: this page keeps its explored state in the hash, so reload,
  // Back/Forward and a copied link restore the same view.
  let applying = false;
  const restore = () => {
    applying = true;
    map.viewState = decodeHash(location.hash);
    applying = false;
  };
  restore();
  window.addEventListener('popstate', restore);
  // Presenting: the chapter lives in the query (`?chapter=`), so a reload returns to the same chapter.
  map.addEventListener('archipelago-chapter', (event) => {
    const { id } = (event as CustomEvent<{ id: string | null }>).detail;
    const params = new URLSearchParams(location.search);
    if (id) params.set('chapter', id);
    else params.delete('chapter');
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  });
  map.addEventListener('archipelago-state', (event) => {
    if (applying) return;
    const view = (event as CustomEvent<{ view: ViewState }>).detail.view;
    const hash = encodeHash(view);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    // Camera moves replace the entry; a new selection, filter, metric or path is a step Back can undo.
    const before = decodeHash(location.hash);
    const onlyCamera = encodeHash({ ...before, camera: null }) === encodeHash({ ...view, camera: null });
    if (onlyCamera) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });
}
