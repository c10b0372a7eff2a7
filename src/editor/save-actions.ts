import { html } from 'lit';
import { type CsvLoss, csvLeavesOut, datasetToCsv } from '../data/csv-write';
import type { Dataset } from '../data/schema';
import { localize } from '../data/text';
import { validateDataset } from '../data/validate';
import { fill, uiLang } from '../i18n/strings';
import type { ArchipelagoEditor } from './archipelago-editor';
import { datasetFile, saveFile } from './download';
import { presentingFile, presentingName } from './presenting';
import { type SaveStrings, saveStrings } from './strings-save';

/** The File System Access API's pickers (Chromium): not in TypeScript's DOM types yet. */
interface FilePickers {
  showOpenFilePicker?(options: object): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: object): Promise<FileSystemFileHandle>;
}
const pickers = (): FilePickers => window as FilePickers;

const JSON_TYPES = [{ description: 'Dataset (JSON)', accept: { 'application/json': ['.json'] } }];
const OPEN_TYPES = [
  {
    description: 'Dataset (JSON) or spreadsheets (CSV)',
    accept: { 'application/json': ['.json'], 'text/csv': ['.csv'] },
  },
];

/**
 * The last outcome per editor, said under the buttons: an error until the next try, a success while the
 * draft is the one it was about.
 */
const said = new WeakMap<ArchipelagoEditor, { text: string; alert: boolean; draft: object }>();

function say(e: ArchipelagoEditor, text: string, alert = false): void {
  said.set(e, { text, alert, draft: e.draft });
  e.requestUpdate();
}

const cancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "A file…": the browser's file picker, through the File System Access API where there is one, so that
 * Save can write back to the JSON file opened; else the panel's file input (`input`).
 */
export async function openPicker(e: ArchipelagoEditor, input: HTMLInputElement): Promise<void> {
  const open = pickers().showOpenFilePicker;
  if (!open) {
    input.click();
    return;
  }
  try {
    const handles = await open.call(window, { multiple: true, types: OPEN_TYPES });
    const files = await Promise.all(handles.map((h) => h.getFile()));
    const only = handles.length === 1 && /\.json$/i.test(handles[0]!.name) ? handles[0]! : null;
    e.openFiles(files, only);
  } catch (error) {
    if (!cancelled(error)) say(e, fill(e.t.openFailed, { message: message(error) }), true);
  }
}

/** Writes the valid draft to its file: the one opened, else one the user picks, else a download. */
async function save(e: ArchipelagoEditor, t: SaveStrings): Promise<void> {
  const file = datasetFile(e.draft);
  if (!file.ok) return;
  try {
    let handle = e.fileHandle;
    const pick = pickers().showSaveFilePicker;
    if (!handle && pick) {
      handle = await pick.call(window, { suggestedName: 'archipelago.json', types: JSON_TYPES });
    }
    if (!handle) {
      saveFile(file.text, 'archipelago.json');
      e.saved();
      return;
    }
    const writable = await handle.createWritable();
    await writable.write(file.text);
    await writable.close();
    e.saved();
    // A file picked here is the one Save writes to from now on (`saved` keeps the draft as it is).
    e.fileHandle = handle;
    say(e, fill(t.saved, { name: handle.name }));
  } catch (error) {
    if (!cancelled(error)) say(e, fill(t.saveFailed, { message: message(error) }), true);
  }
}

function validDataset(e: ArchipelagoEditor): Dataset | null {
  const result = validateDataset(e.draft);
  return result.ok ? result.dataset : null;
}

/** Three downloads; a byte-order mark tells spreadsheets (Excel) the files are UTF-8. */
function downloadCsv(e: ArchipelagoEditor, t: SaveStrings): void {
  const dataset = validDataset(e);
  if (!dataset) return;
  for (const [kind, text] of Object.entries(datasetToCsv(dataset)))
    saveFile(`\ufeff${text}`, `${kind}.csv`, 'text/csv;charset=utf-8');
  say(e, t.csvDone);
}

async function downloadPresenting(e: ArchipelagoEditor, t: SaveStrings): Promise<void> {
  const file = datasetFile(e.draft);
  const dataset = validDataset(e);
  if (!file.ok || !dataset) return;
  say(e, t.presentingMaking);
  const title = localize(dataset.meta.title, uiLang(e.lang)) || 'Archipelago';
  try {
    const page = await presentingFile(file.text, title);
    if (!page) throw new Error(t.noTemplate);
    const name = presentingName(title);
    saveFile(page, name, 'text/html;charset=utf-8');
    say(e, fill(t.presentingDone, { name }));
  } catch (error) {
    say(e, fill(t.presentingFailed, { message: message(error) }), true);
  }
}

/** What the CSV files of the draft leave out; before it is valid, what those of any dataset do. */
function csvLosses(e: ArchipelagoEditor): readonly CsvLoss[] {
  if (!e.valid) return ['chapters', 'priorities', 'meta', 'linkTypes'];
  // A valid draft is its dataset but for the lists the schema fills in when absent: given here, so that
  // the panel, drawn at every key typed, does not validate the draft a second time.
  const d = e.draft;
  return csvLeavesOut({
    ...d,
    priorities: d.priorities ?? [],
    chapters: d.chapters ?? [],
  } as unknown as Dataset);
}

/** The panel's "Save and share": Save, the spreadsheets (and what they leave out), the file for presenting. */
export function renderSave(e: ArchipelagoEditor) {
  const lang = uiLang(e.lang);
  const t = saveStrings(lang);
  const where = e.fileHandle
    ? fill(t.saveTo, { name: e.fileHandle.name })
    : pickers().showSaveFilePicker
      ? t.savePick
      : t.saveDownload;
  const losses = csvLosses(e);
  const outcome = said.get(e);
  const last = outcome && (outcome.alert || outcome.draft === e.draft) ? outcome : undefined;
  return html`<fieldset class="save">
    <legend>${t.title}</legend>
    <div class="row">
      <button type="button" data-save ?disabled=${!e.valid} aria-describedby="save-where" @click=${() => save(e, t)}>
        ${t.save}
      </button>
      <button type="button" data-csv ?disabled=${!e.valid} aria-describedby="csv-leaves" @click=${() => downloadCsv(e, t)}>
        ${t.csv}
      </button>
      <button
        type="button"
        data-presenting
        ?disabled=${!e.valid}
        aria-describedby="presenting-help"
        @click=${() => downloadPresenting(e, t)}
      >
        ${t.presenting}
      </button>
    </div>
    <p class="why" id="save-where">${where}</p>
    <p class="why" id="csv-leaves" data-csv-leaves>
      ${fill(t.csvHolds, { list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(losses.map((l) => t.losses[l])) })}
    </p>
    <p class="why" id="presenting-help">${t.presentingHelp}</p>
    ${
      last
        ? html`<p class="why" role=${last.alert ? 'alert' : 'status'} data-save-status>${last.text}</p>`
        : html`<p class="why" role="status" data-save-status></p>`
    }
  </fieldset>`;
}
