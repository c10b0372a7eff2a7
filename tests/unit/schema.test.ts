import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildJsonSchema, renderJsonSchema, SCHEMA_ID } from '../../scripts/build-schema';
import {
  type Camera,
  type City,
  CitySchema,
  type Dataset,
  DatasetSchema,
  describeValue,
  type Group,
  type Link,
  type LocalizedText,
  LocalizedTextSchema,
  type Population,
  type Priority,
  type Source,
} from '../../src/data/schema';
import { ISSUE_CODES, validateDataset } from '../../src/data/validate';

const committed = readFileSync(new URL('../../data/archipelago.schema.json', import.meta.url), 'utf8');

describe('the JSON Schema file', () => {
  it('equals a fresh generation (run `npx tsx scripts/build-schema.ts` after changing the schema)', () => {
    expect(renderJsonSchema()).toBe(committed);
  });

  it('is deterministic', () => {
    expect(renderJsonSchema()).toBe(renderJsonSchema());
  });

  it('has $schema, $id, title and description first', () => {
    const schema = JSON.parse(committed);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toBe('Baltic Sea Archipelago of Innovation dataset');
    expect(committed.endsWith('}\n')).toBe(true);
  });

  it('describes the core names', () => {
    const schema = buildJsonSchema() as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(schema.properties ?? {})).toEqual([
      '$schema',
      'meta',
      'linkTypes',
      'cities',
      'links',
      'groups',
      'priorities',
      'chapters',
    ]);
    expect(schema.required).toEqual(['meta', 'linkTypes', 'cities']);
    const defs = schema.$defs ?? {};
    const props = (name: string) => Object.keys((defs[name] as { properties: object }).properties);
    expect(props('City')).toEqual(
      expect.arrayContaining([
        'id',
        'kind',
        'name',
        'localLanguages',
        'country',
        'coordinates',
        'population',
      ]),
    );
    expect(props('Link')).toEqual(
      expect.arrayContaining(['id', 'source', 'target', 'type', 'description', 'sources']),
    );
    expect(props('Group')).toEqual(expect.arrayContaining(['id', 'name', 'members', 'type', 'description']));
    expect(props('Chapter')).toEqual(
      expect.arrayContaining(['id', 'title', 'caption', 'notes', 'camera', 'highlight', 'filters']),
    );
    expect(defs.Position).toMatchObject({
      prefixItems: [
        { type: 'number', minimum: -180, maximum: 180 },
        { type: 'number', minimum: -90, maximum: 90 },
      ],
      minItems: 2,
      items: false,
    });
  });
});

describe('the valibot schema', () => {
  it('accepts both forms of localized text', () => {
    expect(v.is(LocalizedTextSchema, 'Riga')).toBe(true);
    expect(v.is(LocalizedTextSchema, { en: 'Riga', lv: 'Rīga', 'en-GB': 'Riga' })).toBe(true);
    expect(v.is(LocalizedTextSchema, {})).toBe(false);
    expect(v.is(LocalizedTextSchema, '')).toBe(false);
    expect(v.is(LocalizedTextSchema, { EN: 'Riga' })).toBe(false);
    expect(v.is(LocalizedTextSchema, ['Riga'])).toBe(false);
  });

  it('parses a city and keeps optional fields optional', () => {
    const city = v.parse(CitySchema, {
      id: 'riga',
      kind: 'metropolis',
      name: { en: 'Riga', lv: 'Rīga' },
      country: 'LV',
      coordinates: [24.1052, 56.9496],
    });
    expect(city).toEqual({
      id: 'riga',
      kind: 'metropolis',
      name: { en: 'Riga', lv: 'Rīga' },
      country: 'LV',
      coordinates: [24.1052, 56.9496],
    });
  });

  it('defaults the optional arrays of a dataset', () => {
    const d = v.parse(DatasetSchema, { meta: { title: 'x' }, linkTypes: [], cities: [] });
    expect(d).toEqual({
      meta: { title: 'x' },
      linkTypes: [],
      cities: [],
      links: [],
      groups: [],
      priorities: [],
      chapters: [],
    });
  });

  it('infers the documented types', () => {
    expectTypeOf<LocalizedText>().toEqualTypeOf<string | { [x: string]: string }>();
    expectTypeOf<City['kind']>().toEqualTypeOf<'metropolis' | 'external'>();
    expectTypeOf<City['coordinates']>().toEqualTypeOf<[number, number]>();
    expectTypeOf<City['membership']>().toEqualTypeOf<
      'lead-partner' | 'partner' | 'observer' | 'external' | undefined
    >();
    expectTypeOf<City['population']>().toEqualTypeOf<Population | undefined>();
    expectTypeOf<City['verified']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Source>().toEqualTypeOf<{
      title: string;
      url?: string | undefined;
      slide?: number | undefined;
    }>();
    expectTypeOf<Link['status']>().toEqualTypeOf<'established' | 'proposed' | undefined>();
    expectTypeOf<Group['status']>().toEqualTypeOf<'established' | 'proposed' | undefined>();
    expectTypeOf<Link['sources']>().toEqualTypeOf<Source[]>();
    expectTypeOf<Link['since']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Group['members']>().toEqualTypeOf<string[]>();
    expectTypeOf<Priority['cities']>().toEqualTypeOf<string[]>();
    expectTypeOf<Dataset['links']>().toEqualTypeOf<Link[]>();
    expectTypeOf<Dataset['groups']>().toEqualTypeOf<Group[]>();
    expectTypeOf<Camera>().toEqualTypeOf<
      | { center: [number, number]; zoom: number; bearing?: number | undefined; pitch?: number | undefined }
      | { bounds: [[number, number], [number, number]]; padding?: number | undefined }
    >();
  });
});

describe('describeValue', () => {
  it('renders values briefly and safely', () => {
    expect(describeValue('riga')).toBe('"riga"');
    expect(describeValue('a"b')).toBe('"a\\"b"');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
    expect(describeValue(3.5)).toBe('3.5');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(Object.create(null))).toBe('an object');
    expect(describeValue(() => 1)).toBe('a function');
  });
});

describe('docs/data-format.md', () => {
  const docs = readFileSync(new URL('../../docs/data-format.md', import.meta.url), 'utf8');

  it('has a minimal example that validates', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    const result = validateDataset(JSON.parse(example ?? ''));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('documents every issue code', () => {
    for (const code of ISSUE_CODES) expect(docs, code).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
  });
});
