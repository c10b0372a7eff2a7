import { randomLcg } from 'd3-random';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UINT32 = 0x100000000;

/**
 * FNV-1a, 32 bit, over the UTF-8 bytes of `s` (so the value matches other FNV-1a
 * implementations for non-ASCII ids too). Returns an unsigned 32-bit integer.
 */
export function hashString(s: string): number {
  if (typeof s !== 'string') throw new TypeError(`hashString: s must be a string, got ${typeof s}`);
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++; // the low surrogate belongs to this code point
    if (c < 0x80) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    // Emit the UTF-8 bytes inline: hashing runs once per island and must not allocate.
    let bytes: number;
    if (c < 0x800) bytes = 2;
    else if (c < 0x10000) bytes = 3;
    else bytes = 4;
    const lead = bytes === 2 ? 0xc0 : bytes === 3 ? 0xe0 : 0xf0;
    h = Math.imul(h ^ (lead | (c >> (6 * (bytes - 1)))), FNV_PRIME);
    for (let k = bytes - 2; k >= 0; k--) {
      h = Math.imul(h ^ (0x80 | ((c >> (6 * k)) & 0x3f)), FNV_PRIME);
    }
  }
  return h >>> 0;
}

/**
 * A deterministic generator of values in [0, 1) for `seed`: the same seed gives the same
 * sequence on every machine, which is what keeps island shapes stable across loads.
 */
export function seededRandom(seed: string): () => number {
  if (typeof seed !== 'string') {
    throw new TypeError(`seededRandom: seed must be a string, got ${typeof seed}`);
  }
  // randomLcg reads a seed in [0, 1) as a fraction of 2^32, which maps every hash to its own state.
  return randomLcg(hashString(seed) / UINT32);
}
