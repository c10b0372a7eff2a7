/**
 * `lib/custom-elements.json` for the package `baltic-archipelago` (run by `scripts/build-lib.ts`), from the
 * JSDoc of `<archipelago-map>` (@attr, @fires, @csspart, @cssprop) and its Lit `static properties`.
 *
 * The analyzer describes source files; the package ships bundled modules. So the manifest is reshaped
 * into what a consumer imports: `lib/baltic-archipelago.js`, declaring and defining `<archipelago-map>`,
 * and `lib/editor.js` (`baltic-archipelago/editor`), declaring and defining `<archipelago-editor>`. Lit's internal reactive state (`state: true`) is not public API and is left out;
 * every event gets its detail type, as exported by `src/lib.ts`.
 */

/** The package module that defines each element. */
const MODULE_OF = { 'archipelago-map': 'lib/baltic-archipelago.js', 'archipelago-editor': 'lib/editor.js' };

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
function packageModules() {
  return {
    name: 'archipelago:package-modules',
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
      customElementsManifest.modules = Object.entries(MODULE_OF).map(([tagName, path]) => {
        const declarations = elements.filter((element) => element.tagName === tagName);
        if (declarations.length !== 1)
          throw new Error(`custom-elements.json: no one <${tagName}> in ${path}`);
        return {
          kind: 'javascript-module',
          path,
          declarations,
          exports: declarations.flatMap((element) => [
            { kind: 'js', name: element.name, declaration: { name: element.name, module: path } },
            {
              kind: 'custom-element-definition',
              name: element.tagName,
              declaration: { name: element.name, module: path },
            },
          ]),
        };
      });
    },
  };
}

export default {
  globs: [
    'src/components/archipelago-map.ts',
    'src/components/define.ts',
    'src/editor/archipelago-editor.ts',
  ],
  outdir: 'lib',
  litelement: true,
  // The root package.json is the package's; its `customElements` field is written by hand.
  packagejson: false,
  plugins: [litInternalState(), packageModules()],
};
