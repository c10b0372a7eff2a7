import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from '../components/theme-tokens';
import { srOnly } from '../styles/sr-only';

/** The editor: the panel beside the map, its fields, problems, notices and the confirm dialog. */
export const editorStyles = [
  srOnly,
  css`
    :host {
      display: block;
      position: relative;
      height: 100%;
      min-height: 480px;
      font: 400 15px/1.4 var(--archipelago-font-family, 'Noto Sans', system-ui, sans-serif);
    }
    * {
      box-sizing: border-box;
    }
    .frame {
      ${unsafeCSS(tokenDeclarations('light'))}
      position: absolute;
      inset: 0;
      display: grid;
      grid-template-columns: minmax(300px, 30rem) 1fr;
      background: var(--bg);
      color: var(--ink);
    }
    .frame[data-theme='dark'] {
      ${unsafeCSS(tokenDeclarations('dark'))}
    }
    .frame[data-theme='projector'] {
      ${unsafeCSS(tokenDeclarations('projector'))}
      font-size: 24px;
      grid-template-columns: minmax(420px, 40rem) 1fr;
    }
    @media (max-width: 699px) {
      .frame {
        grid-template-columns: 1fr;
        grid-template-rows: 1fr 40%;
      }
    }
    .panel {
      overflow: auto;
      padding: 12px 16px 32px;
      background: var(--surface);
      border-inline-end: 1px solid var(--surface-border);
    }
    .map {
      position: relative;
      min-height: 0;
    }
    .map archipelago-map {
      position: absolute;
      inset: 0;
    }
    .waiting {
      padding: 24px;
    }
    h2 {
      margin: 0 0 8px;
      font-size: 1.2em;
    }
    h3 {
      margin: 16px 0 6px;
      font-size: 1em;
    }
    button,
    input,
    select {
      font: inherit;
      color: var(--ink);
      background: var(--surface);
      border: 1px solid var(--surface-border);
      border-radius: 6px;
      min-height: 32px;
    }
    button {
      padding: 0 10px;
      cursor: pointer;
    }
    button:disabled {
      cursor: not-allowed;
      color: var(--muted);
      border-style: dashed;
    }
    input[type='text'],
    select {
      width: 100%;
      padding: 2px 6px;
    }
    input[type='checkbox'] {
      width: 20px;
      height: 20px;
      min-height: 0;
    }
    :is(button, input, select, a):focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    [aria-invalid='true'] {
      border: 2px solid var(--error);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
      margin: 6px 0;
    }
    .why {
      margin: 4px 0;
      color: var(--muted);
    }
    .notice {
      margin: 8px 0;
      padding: 8px 10px;
      border: 1px solid var(--surface-border);
      border-inline-start: 4px solid var(--accent);
      border-radius: 6px;
    }
    .notice p {
      margin: 0 0 6px;
    }
    .field {
      margin: 8px 0;
    }
    .field > label,
    legend {
      display: block;
      font-weight: 600;
      margin-bottom: 2px;
    }
    fieldset {
      margin: 10px 0;
      padding: 6px 10px 10px;
      border: 1px solid var(--surface-border);
      border-radius: 6px;
    }
    .lang-row {
      display: grid;
      grid-template-columns: 5.5em 1fr auto;
      gap: 6px;
      align-items: center;
      margin: 4px 0;
    }
    .lang-row .lang-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .lang-row .field-problems {
      grid-column: 1 / -1;
    }
    .source-row {
      border-top: 1px dotted var(--surface-border);
      padding-top: 4px;
    }
    .field-problems,
    .problems ul {
      margin: 4px 0;
      padding-inline-start: 18px;
      color: var(--ink);
    }
    .field-problems li {
      list-style: '⚠ ';
    }
    .field-problems li::marker {
      color: var(--error);
    }
    .problems button {
      text-align: start;
      min-height: 28px;
      padding: 2px 6px;
      margin: 2px 0;
    }
    code {
      font-size: 0.85em;
      color: var(--muted);
    }
    .tabs button[aria-pressed='true'],
    .items button[aria-current='true'] {
      border: 2px solid var(--ink);
      font-weight: 600;
    }
    .items {
      list-style: none;
      margin: 6px 0;
      padding: 0;
      max-height: 14em;
      overflow: auto;
    }
    .items button {
      width: 100%;
      text-align: start;
      margin: 2px 0;
    }
    .members {
      max-height: 14em;
      overflow: auto;
    }
    .member {
      display: flex;
      gap: 8px;
      align-items: center;
      min-height: 28px;
    }
    .danger {
      margin-top: 12px;
      border-color: var(--error);
    }
    .small {
      min-height: 28px;
      font-size: 0.9em;
    }
    dialog {
      max-width: min(560px, calc(100% - 32px));
      border: 1px solid var(--surface-border);
      border-radius: 10px;
      background: var(--surface);
      color: var(--ink);
    }
    dialog::backdrop {
      background: rgba(0, 0, 0, 0.4);
    }
  `,
];
