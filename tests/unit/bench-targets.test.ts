import { describe, expect, it } from 'vitest';
import { TARGETS, targetPath, targetsFor } from '../../bench/targets';

const size = { width: 1280, height: 750 };

describe('bench targets', () => {
  it('visits the bare page with one full-size layer for the frame measure only', () => {
    expect(targetsFor(new Set(['frames'])).map((t) => t.key)).toEqual([
      'bare',
      'bare-layer',
      'app',
      'app-1k',
      'app-10k',
    ]);
    expect(targetsFor(new Set(['ready'])).map((t) => t.key)).toEqual(['bare', 'app']);
  });

  it('asks the bare page for its layer and the app’s map size', () => {
    const layer = TARGETS.find((t) => t.key === 'bare-layer');
    const bare = TARGETS.find((t) => t.key === 'bare');
    if (!layer || !bare) throw new Error('missing bench target');
    expect(targetPath(layer, size)).toBe('/bench/bare.html?layer=1&w=1280&h=750');
    expect(targetPath(bare, size)).toBe('/bench/bare.html?w=1280&h=750');
  });
});
