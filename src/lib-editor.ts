/**
 * The editor's entry of the package (`baltic-archipelago/editor` → `lib/editor.js`).
 *
 * Importing it registers `<archipelago-editor>` and the `<archipelago-map>` it wraps. A site that only shows
 * maps imports `baltic-archipelago` and never loads this code.
 *
 * ```html
 * <script type="module" src="/vendor/baltic-archipelago/lib/editor.js"></script>
 * <archipelago-editor style="height: 700px"></archipelago-editor>
 * ```
 */

export type { ArchipelagoEditDetail } from './editor/archipelago-editor';
export { ArchipelagoEditor } from './editor/archipelago-editor';
