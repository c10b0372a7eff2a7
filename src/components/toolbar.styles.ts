import { css } from 'lit';

/**
 * The toolbar: city search, tools and the export menu; folded into a menu on narrow screens.
 */
export const toolbarStyles = css`
  .toolbar {
    position: absolute;
    top: 12px;
    inset-inline-start: 12px;
    inset-inline-end: 64px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    pointer-events: none;
  }
  .toolbar > *,
  .toolbar-items > * {
    pointer-events: auto;
  }
  .toolbar-items {
    display: contents;
  }
  .toolbar.folded {
    flex-direction: column;
    align-items: stretch;
  }
  .toolbar.folded .toolbar-items {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 8px;
    padding: 10px;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.16);
    z-index: 2;
  }
  .toolbar.folded archipelago-search {
    width: 100%;
  }
  .export {
    position: relative;
  }
  .export-menu {
    position: absolute;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 3;
    min-width: 16em;
    margin: 0;
    padding: 6px;
    list-style: none;
    border-radius: 8px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.16);
  }
  .export-menu button {
    width: 100%;
    text-align: start;
    border: none;
    background: none;
  }
  .export-menu button:hover {
    background: var(--bg);
  }
  :host([exporting]) .overlay * {
    transition: none !important;
  }
  .menu-button {
    align-self: flex-start;
  }
  .toolbar archipelago-search {
    width: min(280px, 100%);
  }
  .frame[data-theme='projector'] .toolbar archipelago-search {
    width: min(440px, 100%);
  }
  .tool {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 8px;
    border-radius: 6px;
    background: var(--surface);
    border: 1px solid var(--surface-border);
    color: var(--ink);
  }
`;
