// A partner's TypeScript code against the packed package, with no cast anywhere: every attribute,
// property, method and event of <archipelago-map> (scripts/consumer-check.ts checks that each name in
// lib/custom-elements.json appears here). Lines marked @ts-expect-error must NOT compile: they prove the
// types are real (an `any` would let them through, and TypeScript would then report the unused marker).
import 'baltic-archipelago';
import {
  type ArchipelagoChapterDetail,
  type ArchipelagoErrorDetail,
  type ArchipelagoEventMap,
  ArchipelagoMap,
  type ArchipelagoPathDetail,
  type ArchipelagoPressDetail,
  type ArchipelagoSelectDetail,
  type ArchipelagoStateDetail,
  type Dataset,
  type FilterState,
  type VideoOptions,
  type ViewState,
} from 'baltic-archipelago';

const log = (...values: unknown[]): void => console.info('partner:', ...values);
const empty: Pick<Dataset, 'cities' | 'links'> = { cities: [], links: [] };

const found = document.querySelector('archipelago-map');
if (!found) throw new Error('no <archipelago-map> on the page');
// `querySelector` and `createElement` know the tag (HTMLElementTagNameMap).
const map: ArchipelagoMap = found;
const second: ArchipelagoMap = document.createElement('archipelago-map');
log(map instanceof ArchipelagoMap, second.isConnected);

// Attributes, as markup would set them, and the boolean attributes the element sets itself.
map.setAttribute('src', 'data/our-network.json');
map.setAttribute('basemap', 'embedded');
map.setAttribute('theme', 'dark');
map.setAttribute('lang', 'fi');
map.setAttribute('controls', 'minimal');
map.setAttribute('selected', 'helsinki');
map.setAttribute('path', 'helsinki,tallinn');
map.setAttribute('metric', 'degree');
map.setAttribute('chapter', 'intro');
map.setAttribute('year', '1999');
map.setAttribute('timeline', '');
map.setAttribute('editing', '');
log(map.hasAttribute('ready'), map.hasAttribute('error'));

// The same as properties, typed.
map.src = 'data/our-network.json';
map.src = null;
map.basemap = 'none';
map.theme = 'projector';
map.theme = null;
map.lang = 'sv';
map.controls = 'full';
map.selected = 'riga';
map.path = 'riga,tallinn';
map.path = null;
map.metric = 'betweenness';
map.chapter = null;
map.year = '2001';
map.year = null;
map.timeline = true;
map.editing = true;
// A dataset object in place of `src` (swapped in place once ready); `null` goes back to `src`.
map.data = { ...empty, meta: { title: 'Ours' } };
map.data = null;
// @ts-expect-error: not a theme
map.theme = 'sepia';
// @ts-expect-error: not a controls value
map.controls = 'some';
// @ts-expect-error: not a metric
map.metric = 'size';

// Read-only state.
const theme: 'light' | 'dark' | 'projector' = map.activeTheme;
const language: string = map.uiLang;
const metric: 'population' | 'degree' | 'betweenness' = map.activeMetric;
const titles: string[] = map.chapters.map((chapter) => chapter.id);
const index: number = map.chapterIndex;
const presenting: boolean = map.presenting;
log(theme, language, metric, titles, index, presenting);

// The explored state, read and written (the app pages keep it in the URL hash).
const view: ViewState = map.viewState;
const filters: FilterState = view.filters;
map.viewState = { ...view, selected: 'helsinki', path: ['helsinki', 'tallinn'], camera: null };
// @ts-expect-error: a path is two ids
map.viewState = { ...view, path: 'helsinki,tallinn' };
log(filters);

// Methods.
map.goToChapter(0);
map.nextChapter();
map.previousChapter();
map.stopPresenting();
// For editors: the place under a point of the page, and an island drawn elsewhere while dragged.
const place: [number, number] | null = map.unproject(640, 400);
if (place) map.previewCity('helsinki', place);
map.previewCity('helsinki', null);
// @ts-expect-error: a chapter index, not an id
map.goToChapter('intro');
async function exports(): Promise<void> {
  const png: Blob = await map.exportImage({ width: 1920, height: 1080 });
  const svg: string = await map.exportSvg();
  const chapterJson: string = await map.viewAsChapter();
  const zip: Blob = await map.exportChapters({ width: 1280, height: 720 });
  const options: VideoOptions = { width: 1280, height: 720, fps: 30, format: 'webm', titleCard: true };
  const film: Blob = await map.exportVideo({ ...options, signal: new AbortController().signal });
  log(png.size, svg.length, chapterJson, zip.type, film.type);
}

// Events: on the element, on a parent (they bubble and are composed) and on document, each with its
// detail type and no cast.
map.addEventListener('archipelago-ready', (event) => {
  log('ready', event.type, Object.keys(event.detail).length);
  void exports();
});
map.addEventListener('archipelago-select', (event) => {
  const { kind, id }: ArchipelagoSelectDetail = event.detail;
  const kinds: 'city' | 'link' | null = kind;
  log(kinds, id?.toUpperCase());
});
map.addEventListener('archipelago-path', (event) => {
  const detail: ArchipelagoPathDetail = event.detail;
  log(detail.from, detail.to, detail.ids?.join(' → ') ?? 'no path');
});
document.body.addEventListener('archipelago-chapter', (event) => {
  const detail: ArchipelagoChapterDetail = event.detail;
  log(detail.id ?? 'left the story', detail.index + 1);
});
document.addEventListener('archipelago-state', (event) => {
  const detail: ArchipelagoStateDetail = event.detail;
  log(detail.view.metric, detail.view.camera?.zoom.toFixed(2));
});
window.addEventListener('archipelago-error', (event) => {
  const detail: ArchipelagoErrorDetail = event.detail;
  for (const issue of detail.issues) log(issue.code, issue.path || '(whole file)', issue.message);
});
map.addEventListener('archipelago-press', (event) => {
  const { kind, id }: ArchipelagoPressDetail = event.detail;
  const kinds: 'city' | 'link' = kind;
  log('pressed', kinds, id.toUpperCase());
});
map.addEventListener('archipelago-select', (event) => {
  // @ts-expect-error: the detail has no such field
  log(event.detail.city);
});
map.addEventListener('archipelago-path', (event) => {
  // @ts-expect-error: ids may be null
  log(event.detail.ids.length);
});

// The event map, for code that passes events around.
function onAny<K extends keyof ArchipelagoEventMap>(
  name: K,
  handle: (detail: ArchipelagoEventMap[K]['detail']) => void,
) {
  map.addEventListener(name, (event) => handle(event.detail));
}
onAny('archipelago-chapter', (detail) => log(detail.index));

// The dataset's types are exported too.
log(empty.cities.length + empty.links.length);
