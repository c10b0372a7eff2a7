/**
 * The one schema of the dataset (`data/archipelago.json`), written in valibot.
 *
 * - Runtime validation: `validateDataset` (validate.ts) parses with `DatasetSchema`, then runs the
 *   semantic checks (unique ids, references, coordinate ranges, URL schemes, …) that a structural
 *   schema cannot express.
 * - Types: every type below is inferred from its schema (`v.InferOutput`), so the schema is the only
 *   source of truth.
 * - JSON Schema: `scripts/build-schema.ts` converts `DatasetSchema` to `data/archipelago.schema.json`
 *   for editors. Ranges the semantic checks enforce (longitude/latitude, URL schemes) appear there as
 *   `v.metadata` hints, so the JSON Schema is as strict as the validator where it can be.
 *
 * valibot needs no `eval`/`new Function`, so this runs under a strict Content Security Policy.
 * Unknown object keys are ignored (and dropped from the output), so newer files still load.
 */
import * as v from 'valibot';

/** City, link, group, … ids: lower-case ASCII letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** BCP 47-style language tags as used for text keys: `en`, `fi`, `sv`, `nb`, `en-GB`, … */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** ISO 3166-1 alpha-2 country code. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/**
 * A link type's colour: `#rrggbb` and nothing else, so that a data colour can only ever reach CSS and SVG
 * as six hex digits (no names, no `url(…)`, nothing that closes a style).
 */
export const HEX_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** URL schemes allowed in sources (checked by `validateDataset`, code `url-scheme`). */
export const URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;
/** The JSON Schema `pattern` matching `URL_SCHEMES` (editor hint only; the validator parses the URL). */
const URL_PATTERN_HINT = '^(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)\\S+$';

const MAX_SHOWN = 60;

/**
 * A short, safe English rendering of any value for messages: strings quoted (and shortened), numbers
 * as written, arrays and objects by kind. Never throws and never walks into the value, so cyclic or
 * huge inputs are fine.
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string': {
        const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
        return JSON.stringify(shown);
      }
      case 'number':
      case 'bigint':
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'nothing';
      case 'object':
        if (value === null) return 'null';
        return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
      default:
        return `a ${typeof value}`;
    }
  } catch {
    return 'an unreadable value';
  }
}

const got = (issue: { input: unknown }): string => `got ${describeValue(issue.input)}`;

// ---------------------------------------------------------------------------------------------------
// Building blocks

/** A non-blank string. */
export const TextStringSchema = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));

/** Ids: `^[a-z0-9][a-z0-9-]*$`. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(
    ID_PATTERN,
    (i) => `an id must be lower-case letters a-z, digits and hyphens, not starting with a hyphen; ${got(i)}`,
  ),
  v.description('Id: lower-case letters a-z, digits and hyphens (^[a-z0-9][a-z0-9-]*$).'),
);

/** A reference to another entry's id (checked by `validateDataset`). */
const RefSchema = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(ID_PATTERN, (i) => `a ${what} id must match ^[a-z0-9][a-z0-9-]*$; ${got(i)}`),
    v.description(`The id of a ${what}.`),
  );

export const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(LANGUAGE_TAG_PATTERN, (i) => `not a language tag such as "en", "fi" or "en-GB"; ${got(i)}`),
  v.description('A language tag: en, fi, sv, de, ru, et, lv, lt, pl, da, nb, no, …'),
);

/** A text: one string, or an object of strings by language tag (at least one). */
export const LocalizedTextSchema = v.pipe(
  v.union(
    [
      TextStringSchema,
      v.pipe(
        v.record(LanguageTagSchema, TextStringSchema),
        v.minEntries(1, 'needs at least one language, e.g. {"en": "…"}'),
      ),
    ],
    (i) => `expected a text (a string, or an object of strings by language such as {"en": "…"}); ${got(i)}`,
  ),
  v.title('Localized text'),
  v.description(
    'A string, or an object of strings keyed by language tag, e.g. {"en": "Riga", "lv": "Rīga"}.',
  ),
);

/** An integer year. */
export const YearSchema = v.pipe(
  v.number(),
  v.integer((i) => `a year must be a whole number; ${got(i)}`),
  v.description('A year, e.g. 2007.'),
);

const LongitudeSchema = v.pipe(
  v.number(),
  v.metadata({ minimum: -180, maximum: 180, description: 'Longitude in degrees, -180..180.' }),
);
const LatitudeSchema = v.pipe(
  v.number(),
  v.metadata({ minimum: -90, maximum: 90, description: 'Latitude in degrees, -90..90.' }),
);

/** `[longitude, latitude]` in degrees (WGS 84). Ranges are checked by `validateDataset` (`coordinates`). */
export const LonLatSchema = v.pipe(
  v.strictTuple([LongitudeSchema, LatitudeSchema]),
  v.title('Position'),
  v.description('[longitude, latitude] in degrees (WGS 84), longitude -180..180, latitude -90..90.'),
);

/**
 * The slides of the 2007 deck the dataset is based on ("Recommendations for Political Action", City of
 * Helsinki, Berlin, 13 November 2007), in the order they come: `SLIDE_TITLES[n - 1]` is slide n. A
 * source that is the slides names its slide (`"slide": 6`); `formatSource` (sources.ts) shows it.
 */
export const SLIDE_TITLES = [
  'Recommendations for Political Action',
  'BaltMet Inno as the Flagship project of BaltMet Network',
  'BaltMet Action Plan 2008-2010',
  'Baltic Sea Archipelago of Innovation',
  'Future prospects for Innovation Strategy Governance?',
  'Co-operation case Helsinki',
  'Co-operation case St. Petersburg',
  'Co-operation case Brussels',
  'Co-operation case China',
  'Thank You!',
] as const;

/**
 * A source: a title, optionally an http, https or mailto URL (scheme checked by `validateDataset`), and
 * for the 2007 slides the number of the slide (1-10).
 */
export const SourceSchema = v.pipe(
  v.object({
    title: v.pipe(TextStringSchema, v.description('What the source is: publication, site, document.')),
    url: v.optional(
      v.pipe(
        v.string(),
        v.metadata({ pattern: URL_PATTERN_HINT, description: 'An http, https or mailto URL.' }),
      ),
    ),
    slide: v.optional(
      v.pipe(
        v.number(),
        v.integer((i) => `a slide number must be a whole number; ${got(i)}`),
        v.minValue(1, (i) => `the slides are numbered 1 to ${SLIDE_TITLES.length}; ${got(i)}`),
        v.maxValue(
          SLIDE_TITLES.length,
          (i) => `the slides are numbered 1 to ${SLIDE_TITLES.length}; ${got(i)}`,
        ),
        v.description(
          'For the 2007 slides: the slide that states the claim (1 title, 2 BaltMet Inno as the Flagship project, ' +
            '3 Action Plan 2008-2010, 4 Archipelago, 5 Governance, 6 Helsinki, 7 St. Petersburg, 8 Brussels, ' +
            '9 China, 10 Thank You!).',
        ),
      ),
    ),
  }),
  v.title('Source'),
);

/** Marks a schema reference in JSON Schema with a field-specific description (`$ref` + `description`). */
function ref<TSchema extends v.GenericSchema>(schema: TSchema, description: string) {
  return v.pipe(
    v.lazy(() => schema),
    v.description(description),
  );
}

const text = (description: string) => ref(LocalizedTextSchema, description);
const optionalText = (description: string) => v.optional(text(description));
const verified = () =>
  v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'false when a source does not confirm a fact (explain in "note"). A claim shows as verified only ' +
          'when it cites at least one source and is not marked false.',
      ),
    ),
  );
const note = () => optionalText('What is unconfirmed or approximate about this entry, and why.');
const sources = (description = 'Where the facts come from.') => v.array(ref(SourceSchema, description));

// ---------------------------------------------------------------------------------------------------
// Entities

export const CITY_KINDS = ['metropolis', 'external'] as const;
/** `established`: a partnership that exists (the default); `proposed`: a recommendation or plan. */
export const STATUSES = ['established', 'proposed'] as const;

const status = () =>
  v.optional(
    v.pipe(
      v.picklist(STATUSES, (i) => `status must be "established" or "proposed"; ${got(i)}`),
      v.description(
        'established (default): a partnership that exists; proposed: a recommendation or plan, not a tie ' +
          'that existed.',
      ),
    ),
  );
export const MEMBERSHIPS = ['lead-partner', 'partner', 'observer', 'external'] as const;

export const PopulationSchema = v.pipe(
  v.object({
    value: v.pipe(
      v.number(),
      v.integer((i) => `a population must be a whole number; ${got(i)}`),
      v.minValue(0, (i) => `a population cannot be negative; ${got(i)}`),
      v.description('Number of inhabitants.'),
    ),
    year: ref(YearSchema, 'The year the figure refers to.'),
    source: ref(SourceSchema, 'Where the figure comes from.'),
    verified: verified(),
    note: note(),
  }),
  v.title('Population'),
);

export const CitySchema = v.pipe(
  v.object({
    id: IdSchema,
    kind: v.pipe(
      v.picklist(CITY_KINDS, (i) => `kind must be "metropolis" or "external"; ${got(i)}`),
      v.description(
        'metropolis: a BaltMet city on the map; external: a partner beyond the region (Brussels, China).',
      ),
    ),
    name: text('The name, per language.'),
    localLanguages: v.optional(
      v.pipe(
        v.array(LanguageTagSchema),
        v.description('Which keys of "name" are the city\'s own languages, e.g. ["fi", "sv"].'),
      ),
    ),
    country: v.pipe(
      v.string(),
      v.regex(COUNTRY_PATTERN, (i) => `country must be an ISO 3166-1 alpha-2 code such as "FI"; ${got(i)}`),
      v.description('ISO 3166-1 alpha-2 country code, e.g. "FI".'),
    ),
    coordinates: ref(LonLatSchema, '[longitude, latitude] of the city centre (for China: Beijing).'),
    population: v.optional(ref(PopulationSchema, 'Population (Natural Earth pop_max c. 2010).')),
    membership: v.optional(
      v.pipe(
        v.picklist(
          MEMBERSHIPS,
          (i) => `membership must be "lead-partner", "partner", "observer" or "external"; ${got(i)}`,
        ),
        v.description('Role in the BaltMet Inno project (2005-2007).'),
      ),
    ),
    role: optionalText("The city's role in the Archipelago, in one line."),
    strategies: v.optional(
      v.pipe(v.array(ref(LocalizedTextSchema, 'A strategy name')), v.description('Innovation strategies.')),
    ),
    description: optionalText('Longer description.'),
    sources: v.optional(sources()),
    verified: verified(),
    note: note(),
  }),
  v.title('City'),
);

export const LinkTypeSchema = v.pipe(
  v.object({
    id: IdSchema,
    label: text('Legend label.'),
    description: optionalText('What this kind of partnership is.'),
    color: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          HEX_COLOR_PATTERN,
          (i) => `a colour must be "#" and six hex digits such as "#1d5fa8"; ${got(i)}`,
        ),
        v.description("#rrggbb: the type's colour in every theme, else the palette's."),
      ),
    ),
  }),
  v.title('Link type'),
);

const sinceUntil = {
  since: v.optional(ref(YearSchema, 'First year of the partnership.')),
  until: v.optional(ref(YearSchema, 'Last year of the partnership (absent: ongoing or unknown).')),
};

export const LinkSchema = v.pipe(
  v.object({
    id: IdSchema,
    source: RefSchema('city'),
    target: RefSchema('city'),
    type: RefSchema('link type'),
    title: optionalText('Short title, e.g. "Helsinki-Tallinn Euregio".'),
    description: text('What the partnership is.'),
    status: status(),
    ...sinceUntil,
    sources: sources(),
    verified: verified(),
    note: note(),
  }),
  v.title('Link'),
  v.description(
    'A partnership between two cities. The network is undirected; several links may join one pair.',
  ),
);

export const GroupSchema = v.pipe(
  v.object({
    id: IdSchema,
    name: text('The name of the group.'),
    members: v.pipe(v.array(RefSchema('city')), v.description('At least 3 distinct city ids.')),
    type: RefSchema('link type'),
    description: text('What the group is.'),
    status: status(),
    ...sinceUntil,
    sources: sources(),
    verified: verified(),
    note: note(),
  }),
  v.title('Group'),
  v.description('A partnership of three or more cities.'),
);

export const PrioritySchema = v.pipe(
  v.object({
    id: IdSchema,
    name: text('The priority.'),
    cities: v.pipe(
      v.array(RefSchema('city')),
      v.description('Cities named for this priority (may be empty).'),
    ),
    description: optionalText('More about the priority.'),
    sources: v.optional(sources()),
  }),
  v.title('Priority'),
);

export const CenterCameraSchema = v.object({
  center: ref(LonLatSchema, 'Map centre.'),
  zoom: v.pipe(v.number(), v.description('MapLibre zoom level.')),
  bearing: v.optional(v.pipe(v.number(), v.description('Degrees clockwise from north.'))),
  pitch: v.optional(v.pipe(v.number(), v.description('Tilt in degrees.'))),
});

export const BoundsCameraSchema = v.object({
  bounds: v.pipe(
    v.strictTuple([ref(LonLatSchema, 'South-west corner.'), ref(LonLatSchema, 'North-east corner.')]),
    v.description('[[west, south], [east, north]] to fit into view.'),
  ),
  padding: v.optional(v.pipe(v.number(), v.description('Padding in CSS pixels around the bounds.'))),
});

export const CameraSchema = v.pipe(
  v.union(
    [CenterCameraSchema, BoundsCameraSchema],
    (i) => `a camera needs "center" and "zoom", or "bounds"; ${got(i)}`,
  ),
  v.title('Camera'),
);

export const HighlightSchema = v.object({
  cities: v.optional(v.array(RefSchema('city'))),
  links: v.optional(v.array(RefSchema('link'))),
  groups: v.optional(v.array(RefSchema('group'))),
});

export const FiltersSchema = v.object({
  linkTypes: v.optional(
    v.pipe(v.array(RefSchema('link type')), v.description('Show only these link types.')),
  ),
  groups: v.optional(v.pipe(v.array(RefSchema('group')), v.description('Show only these groups.'))),
  priorities: v.optional(
    v.pipe(v.array(RefSchema('priority')), v.description('Emphasise the cities of these priorities.')),
  ),
  years: v.optional(
    v.pipe(
      v.strictTuple([ref(YearSchema, 'From'), ref(YearSchema, 'To')]),
      v.description('[from, to]: show partnerships active in these years.'),
    ),
  ),
  proposed: v.optional(
    v.pipe(
      v.boolean(),
      v.description('false: hide proposed links and groups (recommendations); absent or true: show them.'),
    ),
  ),
});

export const ChapterSchema = v.pipe(
  v.object({
    id: IdSchema,
    title: text('Chapter title.'),
    caption: optionalText('The text shown with the chapter (the slide text).'),
    notes: optionalText('Speaker notes.'),
    camera: v.optional(ref(CameraSchema, 'Where the map goes for this chapter.')),
    highlight: v.optional(v.pipe(HighlightSchema, v.description('Cities, links and groups to emphasise.'))),
    filters: v.optional(v.pipe(FiltersSchema, v.description('Filters applied while the chapter is shown.'))),
    hold: v.optional(
      v.pipe(
        v.number(),
        v.minValue(0),
        v.maxValue(600),
        v.description('Seconds a film of the story stays on the chapter after flying to it (default 4).'),
      ),
    ),
    play: v.optional(
      v.pipe(
        v.strictTuple([ref(YearSchema, 'From'), ref(YearSchema, 'To')]),
        v.description(
          '[from, to]: the chapter plays these years, one a step: it opens on from (the partnerships active then), each "next" advances a year until to, then the next chapter follows.',
        ),
      ),
    ),
  }),
  v.title('Chapter'),
  v.description('One step of the story.'),
);

export const MetaSourceSchema = v.object({
  title: v.pipe(TextStringSchema, v.description('Title of the source document.')),
  author: v.optional(TextStringSchema),
  organisation: v.optional(TextStringSchema),
  date: v.optional(
    v.pipe(
      v.string(),
      v.isoDate((i) => `a date must be written YYYY-MM-DD; ${got(i)}`),
      v.description('YYYY-MM-DD'),
    ),
  ),
  place: v.optional(TextStringSchema),
  contact: v.optional(v.pipe(TextStringSchema, v.description('E-mail address or other contact.'))),
  url: v.optional(
    v.pipe(
      v.string(),
      v.metadata({ pattern: URL_PATTERN_HINT, description: 'An http, https or mailto URL.' }),
    ),
  ),
});

/** What the cities' population figures are (they come from one source and share one definition). */
export const PopulationDefinitionSchema = v.pipe(
  v.object({
    definition: text(
      'What the figures count, e.g. "Natural Earth pop_max: the urban agglomeration; definitions vary by city".',
    ),
    source: ref(SourceSchema, 'Where the figures come from.'),
    year: v.optional(ref(YearSchema, 'The year the figures refer to.')),
  }),
  v.title('Population definition'),
);

export const MetaSchema = v.pipe(
  v.object({
    title: text('Title of the map.'),
    subtitle: optionalText('Subtitle.'),
    description: optionalText('What the map shows.'),
    source: v.optional(v.pipe(MetaSourceSchema, v.description('The document the dataset is based on.'))),
    population: v.optional(
      ref(PopulationDefinitionSchema, "What the cities' population figures are: definition, source, year."),
    ),
    languages: v.optional(
      v.pipe(v.array(LanguageTagSchema), v.description('Languages the texts are available in.')),
    ),
  }),
  v.title('Meta'),
);

export const DatasetSchema = v.pipe(
  v.object({
    $schema: v.optional(v.pipe(v.string(), v.description('Path or URL of this JSON Schema.'))),
    meta: ref(MetaSchema, 'Title, description and source document.'),
    linkTypes: v.pipe(v.array(LinkTypeSchema), v.description('Types of links and groups, in legend order.')),
    cities: v.pipe(v.array(CitySchema), v.description('The cities (at least one).')),
    links: v.optional(v.pipe(v.array(LinkSchema), v.description('Partnerships between two cities.')), []),
    groups: v.optional(
      v.pipe(v.array(GroupSchema), v.description('Partnerships of three or more cities.')),
      [],
    ),
    priorities: v.optional(v.pipe(v.array(PrioritySchema), v.description('Action priorities.')), []),
    chapters: v.optional(v.pipe(v.array(ChapterSchema), v.description('The story, in order.')), []),
  }),
  v.title('Baltic Sea Archipelago of Innovation dataset'),
);

/** Named schemas: become `$defs` in the JSON Schema (see scripts/build-schema.ts). */
export const SCHEMA_DEFINITIONS = {
  LocalizedText: LocalizedTextSchema,
  Source: SourceSchema,
  Position: LonLatSchema,
  Year: YearSchema,
  Population: PopulationSchema,
  PopulationDefinition: PopulationDefinitionSchema,
  City: CitySchema,
  LinkType: LinkTypeSchema,
  Link: LinkSchema,
  Group: GroupSchema,
  Priority: PrioritySchema,
  Camera: CameraSchema,
  Chapter: ChapterSchema,
  Meta: MetaSchema,
} as const;

// ---------------------------------------------------------------------------------------------------
// Types

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type LonLat = v.InferOutput<typeof LonLatSchema>;
export type Population = v.InferOutput<typeof PopulationSchema>;
export type CityKind = (typeof CITY_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type PopulationDefinition = v.InferOutput<typeof PopulationDefinitionSchema>;
export type Membership = (typeof MEMBERSHIPS)[number];
export type City = v.InferOutput<typeof CitySchema>;
export type LinkType = v.InferOutput<typeof LinkTypeSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type Priority = v.InferOutput<typeof PrioritySchema>;
export type Camera = v.InferOutput<typeof CameraSchema>;
export type Highlight = v.InferOutput<typeof HighlightSchema>;
export type Filters = v.InferOutput<typeof FiltersSchema>;
export type Chapter = v.InferOutput<typeof ChapterSchema>;
export type MetaSource = v.InferOutput<typeof MetaSourceSchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
