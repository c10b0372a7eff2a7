/**
 * Files out of the browser: a download, a zip of many, and the numbered names of the chapter pictures.
 */
import { type Zippable, zipSync } from 'fflate';

/** Formats that are compressed already: stored in a zip as they are. */
const STORED = /\.(png|jpe?g|gif|webp|avif|zip|gz|woff2?|mp4|webm|pdf)$/i;

/** Saves a blob as a file through a temporary `<a download>` and object URL (revoked soon after). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  (document.body ?? document.documentElement).append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers read the URL after click() returns: revoke it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * One zip of the files, in the order given. PNGs (and other compressed formats) are stored as they are;
 * text (JSON, SVG) is deflated. Names must be unique relative paths (`01-archipelago.png`, `svg/a.svg`).
 */
export async function zipFiles(files: { name: string; data: Blob }[]): Promise<Blob> {
  const entries: Zippable = {};
  const seen = new Set<string>();
  for (const file of files) {
    const name = file.name.replace(/\\/g, '/');
    if (!name || name.startsWith('/') || name.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`cannot put a file named ${JSON.stringify(file.name)} in a zip`);
    }
    if (seen.has(name)) throw new Error(`two files named ${JSON.stringify(name)} for one zip`);
    seen.add(name);
    const bytes = new Uint8Array(await file.data.arrayBuffer());
    entries[name] = [bytes, { level: STORED.test(name) ? 0 : 6 }];
  }
  const zipped = zipSync(entries);
  return new Blob([zipped.slice()], { type: 'application/zip' });
}

/**
 * The file name of chapter `index` (0-based, so the first chapter is `01`) with id `id`:
 * `chapterFileName(0, 'archipelago')` → `01-archipelago.png`. Numbers have at least two digits, more when
 * `total` needs them, so the files sort in story order.
 */
export function chapterFileName(index: number, id: string, total = 0, extension = 'png'): string {
  const number = Math.max(0, Math.floor(index)) + 1;
  const digits = Math.max(2, String(Math.max(total, number)).length);
  const safe =
    id
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chapter';
  return `${String(number).padStart(digits, '0')}-${safe}.${extension}`;
}
