import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/strings';
import { helpRows, KEY_BINDINGS, keyCommand } from '../../src/state/keys';

describe('the key table', () => {
  it('gives each key one command per context', () => {
    expect(keyCommand('ArrowRight', 'present')).toBe('next');
    expect(keyCommand('ArrowRight', 'island')).toBe('focus-direction');
    expect(keyCommand('Enter', 'island')).toBe('select');
    expect(keyCommand('Enter', 'island', true)).toBe('path');
    expect(keyCommand('Escape', 'map')).toBe('close');
    expect(keyCommand('Escape', 'present')).toBeNull();
    expect(keyCommand('=', 'map')).toBe('zoom-in');
    expect(keyCommand('_', 'map')).toBe('zoom-out');
    expect(keyCommand('p', 'speaker')).toBe('pause');
    expect(keyCommand('p', 'present')).toBeNull();
    expect(keyCommand('toString', 'map')).toBeNull();
    expect(keyCommand('PageUp', 'timeline')).toBe('year-page-up');
    expect(keyCommand('Home', 'timeline')).toBe('year-first');
    expect(keyCommand('ArrowLeft', 'timeline')).toBe('year-down');
    for (const context of ['island', 'map', 'present', 'speaker'] as const) {
      const seen = new Set<string>();
      for (const b of KEY_BINDINGS.filter((x) => x.contexts.includes(context)))
        for (const k of b.keys) {
          const id = `${k}|${b.shift ?? 'any'}`;
          expect(seen.has(id), `${context}: ${id}`).toBe(false);
          seen.add(id);
        }
    }
  });

  it('lists the exploring and presenting keys for the ? dialog, each described in every language', () => {
    const { explore, present } = helpRows();
    expect(explore.map(([k]) => k)).toEqual([
      'Tab',
      '← ↑ → ↓',
      'Enter',
      'Shift + Enter',
      'Escape',
      '+ −',
      '?',
      '← → PageUp PageDown Home End',
    ]);
    expect(present.map(([k]) => k)).toEqual([
      '→ ↓ PageDown Space',
      '← ↑ PageUp',
      'Home / End',
      'B',
      'F',
      'S',
    ]);
    for (const lang of ['en', 'fi', 'sv', 'de', 'ru'] as const)
      for (const [, help] of [...explore, ...present]) expect(strings(lang)[help]).toMatch(/\S/);
  });
});
