import { describe, expect, it } from 'vitest';
import { attributesFromQuery } from '../../src/embed/config';

describe('attributesFromQuery', () => {
  it('passes the known parameters through', () => {
    expect(attributesFromQuery('?src=data/x.json&theme=dark&lang=fi&controls=minimal')).toEqual({
      src: 'data/x.json',
      theme: 'dark',
      lang: 'fi',
      controls: 'minimal',
    });
  });

  it('drops unknown keys, empty values and values outside a fixed set', () => {
    expect(attributesFromQuery('?theme=neon&controls=&foo=bar&chapter=case-helsinki')).toEqual({
      chapter: 'case-helsinki',
    });
  });
});

describe('the timeline from the query', () => {
  it('passes timeline=true, and nothing else, to the element', () => {
    expect(attributesFromQuery('?controls=minimal&timeline=true')).toEqual({
      controls: 'minimal',
      timeline: 'true',
    });
    expect(attributesFromQuery('?timeline=yes')).toEqual({});
  });
});
