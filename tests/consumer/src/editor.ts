// A site that builds on the editor (`baltic-archipelago/editor`): every attribute, property, method and
// event of <archipelago-editor> that lib/custom-elements.json lists (scripts/consumer-check.ts checks each
// name appears here), with no cast. Lines marked @ts-expect-error must NOT compile.
import 'baltic-archipelago/editor';
import { type ArchipelagoEditDetail, ArchipelagoEditor } from 'baltic-archipelago/editor';

const log = (...values: unknown[]): void => console.info('builder:', ...values);

const editor: ArchipelagoEditor = document.createElement('archipelago-editor');
log(editor instanceof ArchipelagoEditor);
editor.setAttribute('src', 'data/our-network.json');
editor.setAttribute('theme', 'projector');
editor.setAttribute('lang', 'de');
editor.setAttribute('basemap', 'embedded');
editor.src = 'data/our-network.json';
editor.theme = 'dark';
editor.basemap = null;
editor.lang = 'fi';
document.body.append(editor);

editor.addEventListener('archipelago-edit', (event) => {
  const detail: ArchipelagoEditDetail = event.detail;
  for (const issue of detail.issues) log(detail.valid, issue.code, issue.path, issue.message);
  // @ts-expect-error: the detail has no such field
  log(event.detail.dataset);
});

// The draft: read it, replace it (the history is cleared), undo and redo, download when valid.
const draft: unknown = editor.dataset;
editor.dataset = { meta: { title: 'Our partners' }, linkTypes: [], cities: [], links: [] };
editor.undo();
editor.redo();
if (editor.valid && editor.dirty) editor.download();
log(draft, editor.issues.length);
editor.openFiles([new File(['{}'], 'our-network.json', { type: 'application/json' })]);
// Where Save writes back: the JSON file's handle (File System Access API), when the browser gave one.
const handle: FileSystemFileHandle | null = editor.fileHandle;
log(handle?.name);
// @ts-expect-error: undo takes no argument
editor.undo(2);
