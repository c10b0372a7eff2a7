import './components/define';
import { attributesFromQuery } from './embed/config';
import { decodeHash, encodeHash } from './embed/hash-state';
import { embedSnippets } from './embed/snippets';
import { inlineDatasetUrl } from './standalone/data-block';

const map = document.querySelector('archipelago-map');
/** The title of the data on show: index.html ships the bundled dataset's, `?src=` data brings its own. */
let dataTitle = document.querySelector('.page-header h1')?.textContent ?? document.title;
if (map) {
  map.addEventListener('archipelago-ready', (event) => {
    const { title, subtitle } = event.detail;
    if (!title) return;
    dataTitle = title;
    document.title = title;
    const heading = document.querySelector('.page-header h1');
    const sub = document.querySelector<HTMLElement>('.page-header p');
    if (heading) heading.textContent = title;
    if (sub) {
      sub.textContent = subtitle;
      sub.hidden = !subtitle;
    }
  });
  for (const [name, value] of Object.entries(attributesFromQuery(location.search)))
    map.setAttribute(name, value);
  // The one-file build carries its dataset inside the page; `?src=` still wins.
  const inline = map.hasAttribute('src') ? null : inlineDatasetUrl(document);
  if (inline) map.setAttribute('src', inline);
  if (!map.hasAttribute('lang')) map.setAttribute('lang', navigator.language);
  // The page around the map wears the same theme as the map.
  const theme = map.getAttribute('theme');
  if (theme) document.documentElement.dataset.theme = theme;

  // `?edit`: the editor takes the map's place (wrapping a map of its own); its code loads only then.
  if (/[?&]edit\b/.test(location.search)) {
    const editor = document.createElement('archipelago-editor');
    for (const { name, value } of map.attributes) editor.setAttribute(name, value);
    map.replaceWith(editor);
    void import('./editor/edit-page');
  }

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
    const { id } = event.detail;
    const params = new URLSearchParams(location.search);
    if (id) params.set('chapter', id);
    else params.delete('chapter');
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  });
  map.addEventListener('archipelago-state', (event) => {
    if (applying) return;
    const view = event.detail.view;
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

/** The dataset file the editor saves, as the snippets name it until it has an address of its own. */
const OWN_DATASET = 'archipelago.json';

// "Embed this map": the current view as an iframe snippet and as a script + tag snippet, and the tag
// showing a dataset of your own.
const dialog = document.querySelector<HTMLDialogElement>('#embed-dialog');
document.querySelector('#embed-open')?.addEventListener('click', () => {
  if (!map || !dialog) return;
  const attributes: Record<string, string> = {};
  for (const name of ['src', 'theme', 'lang', 'chapter', 'basemap']) {
    const value = map.getAttribute(name);
    if (value) attributes[name] = value;
  }
  // A dataset made in this browser (dropped, or inside the one-file build) has no address another site
  // can load: the snippets name the file the editor saves, to be hosted beside the page.
  const own = !attributes.src || /^(data|blob):/.test(attributes.src) ? OWN_DATASET : attributes.src;
  if (attributes.src) attributes.src = own;
  const here = new URL('.', location.href);
  const moduleUrl = '/path/to/baltic-archipelago/lib/baltic-archipelago.js';
  const { iframe, element } = embedSnippets({
    embedUrl: new URL('embed.html', here).href,
    moduleUrl,
    resizeScriptUrl: '/path/to/embed-resize.js',
    attributes,
    hash: location.hash,
    title: `Map: ${dataTitle}`,
  });
  const withOwn = embedSnippets({
    embedUrl: '',
    moduleUrl,
    resizeScriptUrl: '',
    attributes: { ...attributes, src: own },
    hash: '',
    title: '',
  }).element;
  const set = (id: string, text: string) => {
    const area = document.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (area) area.value = text;
  };
  set('embed-iframe', iframe);
  set('embed-element', element);
  set('embed-own', withOwn);
  dialog.showModal();
});
dialog?.addEventListener('click', async (event) => {
  const id = (event.target as HTMLElement).closest<HTMLElement>('[data-copy]')?.dataset.copy;
  if (!id) return;
  const text = document.querySelector<HTMLTextAreaElement>(`#${id}`)?.value ?? '';
  const status = dialog.querySelector('.embed-status');
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = 'Copied.';
  } catch {
    document.querySelector<HTMLTextAreaElement>(`#${id}`)?.select();
    if (status) status.textContent = 'Select the text and copy it with Ctrl+C / ⌘C.';
  }
});

// Dropping a dataset (JSON) or spreadsheets (CSV: cities, links, groups) onto the page previews them,
// or, in the editor, opens them as the draft.
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
document.addEventListener('drop', async (event) => {
  const files = [...(event.dataTransfer?.files ?? [])];
  if (!map || files.length === 0) return;
  event.preventDefault();
  const editor = document.querySelector('archipelago-editor');
  if (editor) return editor.openFiles(files);
  const read = await (await import('./data/read-files')).readDatasetFiles(files);
  if (!read) return;
  for (const note of read.notes) console.warn(`archipelago: ${note}`);
  map.setAttribute('src', URL.createObjectURL(new Blob([read.text], { type: 'application/json' })));
});
