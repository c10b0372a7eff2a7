import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontsReady } from '../../src/components/fonts-ready';

/** A document whose FontFaceSet settles each load after `ms` (never, when null), or fails. */
function doc(ms: number | null, fail = false) {
  const loads: [string, string | undefined][] = [];
  const fonts = {
    load(font: string, text?: string) {
      loads.push([font, text]);
      if (ms === null) return new Promise<never>(() => {});
      return new Promise((resolve, reject) =>
        setTimeout(() => (fail ? reject(new Error('bad font')) : resolve([])), ms),
      );
    },
  };
  return { doc: { fonts } as unknown as Document, loads };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('fontsReady', () => {
  it('resolves true once every face has loaded, loading each for the text drawn', async () => {
    const { doc: d, loads } = doc(10);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const faces = ['normal 650 15px "Noto Sans", sans-serif', 'italic 600 12px "Noto Sans", sans-serif'];
    expect(await fontsReady(d, faces, 1000, 'Łódź Riga')).toBe(true);
    expect(loads).toEqual(faces.map((f) => [f, 'Łódź Riga']));
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives up after the time limit with a console warning, so a font that never arrives cannot hold ready back', async () => {
    vi.useFakeTimers();
    const { doc: d } = doc(null);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = fontsReady(d, ['normal 650 15px "Noto Sans"'], 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(warn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /did not load within 3000 ms.*drawing with the fallback font/,
    );
  });

  it('resolves false with a warning when a face fails to load', async () => {
    const { doc: d } = doc(5, true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await fontsReady(d, ['normal 400 15px "Noto Sans"'], 1000)).toBe(false);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/fonts failed .*drawing with the fallback font/);
  });

  it('has nothing to wait for without a FontFaceSet or faces', async () => {
    expect(await fontsReady({} as Document, ['400 15px serif'], 10)).toBe(true);
    expect(await fontsReady(doc(null).doc, [], 10)).toBe(true);
  });
});
