import { describe, expect, it } from 'vitest';
import {
  chapterIndex,
  isStep,
  type StoryCommand,
  stepIndex,
  storyCommand,
  storyStep,
} from '../../src/story/story';

describe('storyCommand', () => {
  const expected: [string, StoryCommand][] = [
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['s', 'speaker'],
    ['S', 'speaker'],
  ];

  it.each(expected)('%j is %s', (key, command) => {
    expect(storyCommand(key)).toBe(command);
  });

  it('answers to exactly those keys', () => {
    const others = [
      '',
      'Escape',
      'Enter',
      'Tab',
      'Space',
      'Spacebar',
      'Backspace',
      'Esc',
      'a',
      'n',
      'p',
      'P',
      'r',
      'x',
      '.',
      '?',
      '+',
      '-',
      '1',
      'F5',
      'Shift',
      'Control',
      'arrowright',
      'pagedown',
      'home',
      'escape',
      'ss',
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
    ];
    for (const key of others) expect(storyCommand(key), key).toBeNull();
  });

  it('tells steps from the other commands', () => {
    expect(['next', 'previous', 'first', 'last'].every((c) => isStep(c as StoryCommand))).toBe(true);
    for (const c of ['blackout', 'fullscreen', 'speaker'] as const) expect(isStep(c)).toBe(false);
    expect(isStep(null)).toBe(false);
  });
});

describe('stepIndex', () => {
  it('steps one chapter at a time in the middle', () => {
    expect(stepIndex(3, 9, 'next')).toBe(4);
    expect(stepIndex(3, 9, 'previous')).toBe(2);
    expect(stepIndex(3, 9, 'first')).toBe(0);
    expect(stepIndex(3, 9, 'last')).toBe(8);
  });

  it('stays at the first chapter going back, without wrapping', () => {
    expect(stepIndex(0, 9, 'previous')).toBe(0);
    expect(stepIndex(1, 9, 'previous')).toBe(0);
    expect(stepIndex(0, 9, 'first')).toBe(0);
    expect(stepIndex(0, 9, 'next')).toBe(1);
  });

  it('stays at the last chapter going on, without wrapping', () => {
    expect(stepIndex(8, 9, 'next')).toBe(8);
    expect(stepIndex(7, 9, 'next')).toBe(8);
    expect(stepIndex(8, 9, 'last')).toBe(8);
    expect(stepIndex(8, 9, 'previous')).toBe(7);
  });

  it('walks the whole story both ways and ends at each end', () => {
    let at = 0;
    const seen = [at];
    for (let i = 0; i < 12; i++) {
      at = stepIndex(at, 9, 'next');
      seen.push(at);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8]);
    for (let i = 0; i < 12; i++) at = stepIndex(at, 9, 'previous');
    expect(at).toBe(0);
  });

  it('keeps a one-chapter story on its chapter', () => {
    for (const c of ['next', 'previous', 'first', 'last'] as const) expect(stepIndex(0, 1, c)).toBe(0);
  });

  it('has nowhere to go in an empty story', () => {
    for (const c of ['next', 'previous', 'first', 'last'] as const) {
      expect(stepIndex(0, 0, c)).toBe(-1);
      expect(stepIndex(-1, 0, c)).toBe(-1);
      expect(stepIndex(3, 0, c)).toBe(-1);
      expect(stepIndex(0, -2, c)).toBe(-1);
      expect(stepIndex(0, Number.NaN, c)).toBe(-1);
    }
  });

  it('starts the story from before its first chapter', () => {
    expect(stepIndex(-1, 9, 'next')).toBe(0);
    expect(stepIndex(-1, 9, 'previous')).toBe(0);
    expect(stepIndex(-1, 9, 'first')).toBe(0);
    expect(stepIndex(-1, 9, 'last')).toBe(8);
    expect(stepIndex(Number.NaN, 9, 'next')).toBe(0);
  });

  it('comes back into the story from past its end', () => {
    expect(stepIndex(20, 9, 'next')).toBe(8);
    expect(stepIndex(20, 9, 'previous')).toBe(7);
    expect(stepIndex(20, 9, 'first')).toBe(0);
  });
});

describe('chapterIndex', () => {
  const chapters = [{ id: 'archipelago' }, { id: 'action-plan' }, { id: 'thank-you' }];

  it('finds a chapter by id', () => {
    expect(chapterIndex(chapters, 'archipelago')).toBe(0);
    expect(chapterIndex(chapters, 'action-plan')).toBe(1);
    expect(chapterIndex(chapters, 'thank-you')).toBe(2);
  });

  it('is -1 for an absent id, null, or an empty story', () => {
    expect(chapterIndex(chapters, 'nowhere')).toBe(-1);
    expect(chapterIndex(chapters, '')).toBe(-1);
    expect(chapterIndex(chapters, 'Archipelago')).toBe(-1);
    expect(chapterIndex(chapters, null)).toBe(-1);
    expect(chapterIndex([], 'archipelago')).toBe(-1);
    expect(chapterIndex([], null)).toBe(-1);
  });
});

describe('storyStep through a chapter that plays years', () => {
  const story = [{}, { play: [1991, 1993] as const }, {}];
  it('advances a year a press, then the next chapter', () => {
    let at = storyStep(story, { index: 0, year: null }, 'next');
    expect(at).toEqual({ index: 1, year: 1991 });
    at = storyStep(story, at, 'next');
    expect(at).toEqual({ index: 1, year: 1992 });
    at = storyStep(story, at, 'next');
    expect(at).toEqual({ index: 1, year: 1993 });
    expect(storyStep(story, at, 'next')).toEqual({ index: 2, year: null });
  });
  it('steps back a year, then the previous chapter; back into it lands on its last year', () => {
    expect(storyStep(story, { index: 1, year: 1992 }, 'previous')).toEqual({ index: 1, year: 1991 });
    expect(storyStep(story, { index: 1, year: 1991 }, 'previous')).toEqual({ index: 0, year: null });
    expect(storyStep(story, { index: 2, year: null }, 'previous')).toEqual({ index: 1, year: 1993 });
  });
  it('first and last arrive at the start of the years; a year outside the range is read as inside', () => {
    expect(storyStep([{ play: [2000, 2002] as const }], { index: -1, year: null }, 'first')).toEqual({
      index: 0,
      year: 2000,
    });
    expect(storyStep(story, { index: 1, year: 1800 }, 'next')).toEqual({ index: 1, year: 1992 });
    expect(storyStep([{ play: [2000, 2002] as const }], { index: 0, year: 2002 }, 'next')).toEqual({
      index: 0,
      year: 2002,
    });
  });
});
