import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withYears } from '../../src/components/exports';
import { chapterFileName, zipFiles } from '../../src/export/files';

/** The 8-byte PNG signature and a little more: what a PNG starts with. */
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
const JSON_TEXT = `${JSON.stringify({ id: 'archipelago', title: 'x'.repeat(200) }, null, 2)}\n`;

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** Compression method of each entry, from the zip's central directory (0 stored, 8 deflated). */
function methods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const method = view.getUint16(i + 10, true);
    const nameLength = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength));
    out.set(name, method);
  }
  return out;
}

describe('zipFiles', () => {
  it('holds every file under its name with its exact bytes, in order', async () => {
    const files = [
      { name: '01-archipelago.png', data: new Blob([PNG_BYTES], { type: 'image/png' }) },
      { name: '02-action-plan.png', data: new Blob([PNG_BYTES.slice().reverse()], { type: 'image/png' }) },
      { name: 'chapters/story.json', data: new Blob([JSON_TEXT], { type: 'application/json' }) },
    ];
    const zip = await zipFiles(files);
    expect(zip.type).toBe('application/zip');
    const bytes = await bytesOf(zip);
    // "PK\3\4": a zip.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const unzipped = unzipSync(bytes);
    expect(Object.keys(unzipped)).toEqual([
      '01-archipelago.png',
      '02-action-plan.png',
      'chapters/story.json',
    ]);
    expect(unzipped['01-archipelago.png']).toEqual(PNG_BYTES);
    expect(unzipped['02-action-plan.png']).toEqual(PNG_BYTES.slice().reverse());
    expect(new TextDecoder().decode(unzipped['chapters/story.json'])).toBe(JSON_TEXT);
  });

  it('stores PNGs as they are and deflates text', async () => {
    const zip = await bytesOf(
      await zipFiles([
        { name: '01-a.png', data: new Blob([PNG_BYTES]) },
        { name: 'story.json', data: new Blob([JSON_TEXT]) },
      ]),
    );
    expect(methods(zip)).toEqual(
      new Map([
        ['01-a.png', 0],
        ['story.json', 8],
      ]),
    );
  });

  it('makes an empty zip from no files', async () => {
    const unzipped = unzipSync(await bytesOf(await zipFiles([])));
    expect(Object.keys(unzipped)).toEqual([]);
  });

  it('refuses duplicate and unsafe names', async () => {
    const blob = new Blob([PNG_BYTES]);
    await expect(
      zipFiles([
        { name: 'a.png', data: blob },
        { name: 'a.png', data: blob },
      ]),
    ).rejects.toThrow(/two files named "a.png"/);
    for (const name of ['', '/etc/passwd', '../up.png', 'a//b.png']) {
      await expect(zipFiles([{ name, data: blob }])).rejects.toThrow(/cannot put a file named/);
    }
  });
});

describe('chapterFileName', () => {
  it('numbers chapters from 01 (index 0) and names them by id', () => {
    expect(chapterFileName(0, 'archipelago')).toBe('01-archipelago.png');
    expect(chapterFileName(1, 'action-plan')).toBe('02-action-plan.png');
    expect(chapterFileName(9, 'thank-you')).toBe('10-thank-you.png');
  });

  it('uses as many digits as the story needs, so names sort in story order', () => {
    expect(chapterFileName(4, 'a', 120)).toBe('005-a.png');
    expect(chapterFileName(119, 'a', 120)).toBe('120-a.png');
    expect(chapterFileName(99, 'a')).toBe('100-a.png');
    const names = Array.from({ length: 120 }, (_, i) => chapterFileName(i, `c${i}`, 120));
    expect([...names].sort()).toEqual(names);
  });

  it('keeps names safe whatever the id, and takes another extension', () => {
    expect(chapterFileName(0, '../Etc/Passwd')).toBe('01-etc-passwd.png');
    expect(chapterFileName(2, '')).toBe('03-chapter.png');
    expect(chapterFileName(0, 'archipelago', 0, 'svg')).toBe('01-archipelago.svg');
  });
});

describe('withYears', () => {
  it('adds the year or the range to the caption title, nothing without years', () => {
    const caption = { title: 'Map', text: 'x' };
    expect(withYears(caption, [1999, 1999])).toEqual({ title: 'Map · 1999', text: 'x' });
    expect(withYears(caption, [1991, 2007])).toEqual({ title: 'Map · 1991–2007', text: 'x' });
    expect(withYears(caption, null)).toBe(caption);
    expect(withYears({ title: '', text: '' }, [2000, 2000]).title).toBe('2000');
  });
});
