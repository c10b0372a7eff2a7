import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `lib/custom-elements.json`, written by `npm run build:lib` from the JSDoc of <archipelago-map>.
const manifestPath = fileURLToPath(new URL('../../lib/custom-elements.json', import.meta.url));
const libSource = readFileSync(new URL('../../src/lib.ts', import.meta.url), 'utf8');
const eventsSource = readFileSync(new URL('../../src/events.ts', import.meta.url), 'utf8');

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string; attribute?: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: {
    kind: string;
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

function load(): Manifest {
  if (!existsSync(manifestPath))
    throw new Error('lib/custom-elements.json is missing: run `npm run build:lib` before the unit tests');
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

function element(): Declaration {
  const found = load()
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'archipelago-map');
  if (!found) throw new Error('lib/custom-elements.json declares no <archipelago-map>');
  return found;
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

const ATTRIBUTES = [
  'src',
  'basemap',
  'theme',
  'lang',
  'controls',
  'chapter',
  'year',
  'timeline',
  'editing',
  'selected',
  'path',
  'metric',
];
const EVENTS = [
  'archipelago-ready',
  'archipelago-select',
  'archipelago-path',
  'archipelago-chapter',
  'archipelago-state',
  'archipelago-error',
  'archipelago-press',
];

describe('lib/custom-elements.json', () => {
  it('describes the package module: it exports ArchipelagoMap and defines <archipelago-map>', () => {
    const manifest = load();
    expect(manifest.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const module = manifest.modules.find((m) => m.path === 'lib/baltic-archipelago.js');
    expect(module, 'a module with path lib/baltic-archipelago.js').toBeDefined();
    expect(module?.exports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'js', name: 'ArchipelagoMap' }),
        expect.objectContaining({
          kind: 'custom-element-definition',
          name: 'archipelago-map',
          declaration: { name: 'ArchipelagoMap', module: 'lib/baltic-archipelago.js' },
        }),
      ]),
    );
    // Every module the manifest names is one the package ships.
    for (const m of manifest.modules) expect(m.path).toMatch(/^lib\/.+\.js$/);
    expect(element()).toMatchObject({ kind: 'class', name: 'ArchipelagoMap', customElement: true });
  });

  it('lists every attribute, each documented, and no internal state', () => {
    const el = element();
    expect(names(el.attributes)).toEqual(expect.arrayContaining(ATTRIBUTES));
    for (const attribute of el.attributes ?? []) {
      expect(attribute.description, `attribute ${attribute.name}`).toBeTruthy();
    }
    // Lit's `state: true` properties are not public API.
    const everything = [...names(el.attributes), ...names(el.members)];
    for (const internal of ['status', 'blackout', 'issues', 'hover', 'filters', 'legendOpen', 'panelOpen']) {
      expect(everything).not.toContain(internal);
    }
  });

  it('lists the attributes as public properties too', () => {
    const el = element();
    const fields = (el.members ?? []).filter(
      (m) => m.kind === 'field' && m.privacy !== 'private' && !m.static,
    );
    for (const name of ATTRIBUTES) {
      expect(
        fields.find((m) => m.name === name),
        `property ${name}`,
      ).toMatchObject({ attribute: name });
    }
  });

  it('lists every event, with its detail type exported by src/lib.ts', () => {
    const el = element();
    expect(names(el.events)).toEqual(expect.arrayContaining(EVENTS));
    for (const event of el.events ?? []) {
      expect(event.name, 'event names').toMatch(/^archipelago-[a-z-]+$/);
      expect(event.description, `event ${event.name}`).toBeTruthy();
      const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1];
      expect(detail, `type of ${event.name}`).toBeDefined();
      // Declared in src/events.ts (with the GlobalEventHandlersEventMap entries), re-exported by src/lib.ts.
      expect(eventsSource, `${detail} declared in src/events.ts`).toMatch(
        new RegExp(`export (?:interface|type) ${detail}\\b`),
      );
      expect(libSource, `${detail} exported by src/lib.ts`).toMatch(
        new RegExp(`export type \\{[^}]*\\b${detail}\\b[^}]*\\} from './events'`),
      );
    }
  });

  it('lists the CSS parts and the CSS custom properties', () => {
    const el = element();
    expect(names(el.cssParts)).toEqual(expect.arrayContaining(['island', 'link', 'group', 'error']));
    const properties = names(el.cssProperties);
    expect(properties.length).toBeGreaterThanOrEqual(5);
    for (const property of properties) expect(property).toMatch(/^--archipelago-[a-z-]+$/);
    for (const item of [...(el.cssParts ?? []), ...(el.cssProperties ?? [])]) {
      expect(item.description, item.name).toBeTruthy();
    }
  });
});

// `baltic-archipelago/editor` (`lib/editor.js`, from src/lib-editor.ts): the editor's own package module.
describe('lib/custom-elements.json: <archipelago-editor>', () => {
  const editorSource = readFileSync(new URL('../../src/lib-editor.ts', import.meta.url), 'utf8');
  const editor = (): Declaration => {
    const module = load().modules.find((m) => m.path === 'lib/editor.js');
    const found = module?.declarations?.find((d) => d.tagName === 'archipelago-editor');
    if (!module || !found)
      throw new Error('lib/custom-elements.json declares no <archipelago-editor> in lib/editor.js');
    expect(module.exports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'custom-element-definition',
          name: 'archipelago-editor',
          declaration: { name: 'ArchipelagoEditor', module: 'lib/editor.js' },
        }),
      ]),
    );
    return found;
  };

  it('is defined by lib/editor.js, not by the viewer module', () => {
    expect(editor()).toMatchObject({ kind: 'class', name: 'ArchipelagoEditor', customElement: true });
    const viewer = load().modules.find((m) => m.path === 'lib/baltic-archipelago.js');
    expect((viewer?.declarations ?? []).map((d) => d.tagName)).toEqual(['archipelago-map']);
  });

  it('lists its public interface: dataset, undo(), redo() and archipelago-edit, each documented', () => {
    const el = editor();
    const members = (el.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
    for (const [name, kind] of [
      ['dataset', 'field'],
      ['undo', 'method'],
      ['redo', 'method'],
    ] as const) {
      const member = members.find((m) => m.name === name);
      expect(member, name).toMatchObject({ kind });
      expect(member?.description, name).toBeTruthy();
    }
    expect(names(el.attributes)).toEqual(expect.arrayContaining(['src', 'theme', 'lang', 'basemap']));
    const edit = el.events?.find((event) => event.name === 'archipelago-edit');
    expect(edit?.description).toBeTruthy();
    expect(edit?.type?.text).toBe('CustomEvent<ArchipelagoEditDetail>');
    expect(editorSource).toMatch(/export type \{[^}]*\bArchipelagoEditDetail\b[^}]*\}/);
  });

  it('leaves out what only its own panel uses, and its Lit state', () => {
    const everything = [...names(editor().attributes), ...names(editor().members)];
    for (const internal of [
      't',
      'draft',
      'edit',
      'clean',
      'askIfDirty',
      'takeOver',
      'history',
      'confirm',
      'keep',
    ]) {
      expect(everything).not.toContain(internal);
    }
  });
});
