/**
 * `lib/custom-elements.json` for the package `baltic-archipelago` (run by `scripts/build-lib.ts`), from the
 * JSDoc of `<archipelago-map>` (@attr, @fires, @csspart, @cssprop) and its Lit `static properties`.
 *
 * The analyzer describes source files; the package ships one bundled module. So the manifest is reshaped
 * into what a consumer imports: one module, `lib/baltic-archipelago.js`, declaring and defining
 * `<archipelago-map>`. Lit's internal reactive state (`state: true`) is not public API and is left out;
 * every event gets its detail type, as exported by `src/lib.ts`.
 */

const MODULE_PATH = 'lib/baltic-archipelago.js';

/** `archipelago-select` → `ArchipelagoSelectDetail` (the types exported by `src/lib.ts`). */
const detailTypeName = (event) =>
  `${event.replace(/(^|-)([a-z])/g, (_m, _dash, letter) => letter.toUpperCase())}Detail`;

/** Names of `static properties = { name: { state: true } }` entries, by class name. */
const statesByClass = new Map();

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function litInternalState() {
  return {
    name: 'archipelago:lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const states = new Set();
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties')
          continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const state = prop.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) states.add(prop.name.getText());
        }
      }
      if (states.size > 0) statesByClass.set(node.name.getText(), states);
    },
  };
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function onePackageModule() {
  return {
    name: 'archipelago:one-package-module',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      for (const element of elements) {
        const states = statesByClass.get(element.name) ?? new Set();
        element.attributes = (element.attributes ?? []).filter((a) => !states.has(a.fieldName ?? a.name));
        element.members = (element.members ?? []).filter((m) => !states.has(m.name));
        for (const member of element.members) {
          if (member.attribute && states.has(member.attribute)) delete member.attribute;
        }
        // Only the events the JSDoc documents (@fires): `new CustomEvent(type, …)` in the element's
        // dispatch helper is not an event named "type".
        element.events = (element.events ?? [])
          .filter((event) => event.description)
          .map((event) => ({ ...event, type: { text: `CustomEvent<${detailTypeName(event.name)}>` } }));
      }
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: MODULE_PATH,
          declarations: elements,
          exports: elements.flatMap((element) => [
            { kind: 'js', name: element.name, declaration: { name: element.name, module: MODULE_PATH } },
            {
              kind: 'custom-element-definition',
              name: element.tagName,
              declaration: { name: element.name, module: MODULE_PATH },
            },
          ]),
        },
      ];
    },
  };
}

export default {
  globs: ['src/components/archipelago-map.ts', 'src/components/define.ts'],
  outdir: 'lib',
  litelement: true,
  // The root package.json is the package's; its `customElements` field is written by hand.
  packagejson: false,
  plugins: [litInternalState(), onePackageModule()],
};
