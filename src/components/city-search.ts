import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Dataset } from '../data/schema';
import { type CityMatch, searchCities } from '../data/search';
import { exploreStrings } from '../i18n/explore-strings';
import { srOnly } from '../styles/sr-only';

let instances = 0;

/**
 * A search box for cities by any of their names: the WAI-ARIA 1.2 combobox pattern (an editable
 * input with a listbox popup, list autocomplete with manual selection).
 *
 * Keys in the input: ArrowDown / ArrowUp open the list and move through the options (wrapping);
 * Enter chooses the active option (the first one when none is active); Escape closes the list, and a
 * second Escape clears the text; Home, End, ArrowLeft and ArrowRight stay text editing. A click on an
 * option chooses it.
 *
 * @element archipelago-search
 * @attr {string} lang - interface language (`en`, `fi`, `sv`, `de`, `ru`); the nearest `lang` when absent.
 * @attr {string} label - accessible (and visible) label; a default in the interface language.
 * @attr {string} placeholder - placeholder text; a default in the interface language.
 * @fires archipelago-search-choose - `{id}` of the chosen city (bubbles; not composed: it stays inside the map's shadow root).
 * @csspart label - the visible label.
 * @csspart input - the text input (role combobox).
 * @csspart listbox - the list of matches.
 * @csspart option - each match.
 * @cssprop --surface - background of the input and the list (fallback #fff).
 * @cssprop --ink - text colour (fallback #14232e).
 * @cssprop --muted - secondary text (alternative names, "no matches", placeholder) and the input's border
 *   (fallback #425563).
 * @cssprop --surface-border - the popup's border (fallback #6b7f8e).
 * @cssprop --focus - focus ring and active option (fallback #0b57d0).
 */
export class ArchipelagoSearch extends LitElement {
  static override properties = {
    data: { attribute: false },
    lang: { type: String },
    label: { type: String },
    placeholder: { type: String },
    query: { state: true },
    open: { state: true },
    active: { state: true },
  };

  static override styles = [
    srOnly,
    css`
    :host {
      display: block;
      position: relative;
      font: inherit;
      color: var(--ink, #14232e);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    label {
      display: block;
      margin-block-end: 0.25em;
      font-weight: 600;
    }
    input {
      display: block;
      width: 100%;
      min-height: 2.25em;
      min-width: 24px;
      padding: 0.3em 0.6em;
      font: inherit;
      color: var(--ink, #14232e);
      background: var(--surface, #fff);
      /* --muted, not --surface-border: the field's edge needs 3:1 against the surface (WCAG 1.4.11). */
      border: 1px solid var(--muted, #425563);
      border-radius: 6px;
    }
    input::placeholder {
      color: var(--muted, #425563);
      opacity: 1;
    }
    input:focus-visible {
      outline: 3px solid var(--focus, #0b57d0);
      outline-offset: 1px;
    }
    .popup {
      position: absolute;
      inset-inline: 0;
      z-index: 10;
      margin-block-start: 4px;
      background: var(--surface, #fff);
      color: var(--ink, #14232e);
      border: 1px solid var(--surface-border, #6b7f8e);
      border-radius: 6px;
      box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18);
    }
    [role='listbox'] {
      margin: 0;
      padding: 4px;
      list-style: none;
      max-height: min(18em, 60vh);
      overflow-y: auto;
    }
    [role='option'] {
      min-height: 24px;
      padding: 0.3em 0.5em;
      border-radius: 4px;
      border: 2px solid transparent;
      cursor: pointer;
    }
    [role='option']:hover {
      background: color-mix(in srgb, var(--focus, #0b57d0) 10%, transparent);
    }
    [role='option'][aria-selected='true'] {
      border-color: var(--focus, #0b57d0);
      background: color-mix(in srgb, var(--focus, #0b57d0) 14%, transparent);
    }
    .alt {
      color: var(--muted, #425563);
    }
    .empty {
      margin: 0;
      padding: 0.4em 0.8em;
      color: var(--muted, #425563);
    }
    @media (forced-colors: active) {
      [role='option'][aria-selected='true'] {
        border-color: Highlight;
      }
    }
  `,
  ];

  /** The dataset (named `data`: `dataset` is the element's own `data-*` attribute map). */
  declare data: Dataset | null;
  declare label: string;
  declare placeholder: string;
  /** The text in the input. */
  declare query: string;
  /** Whether the popup is wanted (the list when there are matches, else "no matches"). */
  declare open: boolean;
  /** Index of the active option (aria-activedescendant), -1 for none. */
  declare active: number;

  private readonly uid = `archipelago-search-${++instances}`;
  private found: CityMatch[] = [];

  constructor() {
    super();
    this.data = null;
    this.lang = '';
    this.label = '';
    this.placeholder = '';
    this.query = '';
    this.open = false;
    this.active = -1;
  }

  /** The interface language: the property, else the nearest `lang` in this tree, else the document's. */
  get uiLang(): string {
    return exploreStrings(
      this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang,
    ).lang;
  }

  /** The current matches (recomputed when the text, data or language change). */
  get results(): readonly CityMatch[] {
    return this.found;
  }

  /** Clears the text and closes the list. */
  clear(): void {
    this.query = '';
    this.open = false;
    this.active = -1;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('data') || changed.has('lang')) {
      this.found = this.data ? searchCities(this.data, this.query, this.uiLang) : [];
      if (this.active >= this.found.length) this.active = -1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot
        .querySelector(`#${this.uid}-option-${this.active}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    const t = exploreStrings(this.uiLang);
    const label = this.label || t.searchLabel;
    const listId = `${this.uid}-list`;
    const expanded = this.open && this.found.length > 0;
    const blank = this.query.trim() === '';
    const noMatches = this.open && !blank && this.found.length === 0 && this.data !== null;
    const status = expanded ? t.results(this.found.length) : noMatches ? t.noMatches : '';
    const activeId = expanded && this.active >= 0 ? `${this.uid}-option-${this.active}` : '';
    return html`<div lang=${t.lang}>
      <label part="label" for="${this.uid}-input">${label}</label>
      <input
        part="input"
        id="${this.uid}-input"
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${activeId || nothing}
        placeholder=${this.placeholder || t.searchPlaceholder}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
        @click=${this.onInputClick}
      />
      <div class="popup" ?hidden=${!expanded && !noMatches}>
        <ul
          part="listbox"
          id=${listId}
          role="listbox"
          aria-label=${t.searchResults}
          ?hidden=${!expanded}
          @mousedown=${this.keepFocus}
        >
          ${
            expanded
              ? this.found.map(
                  (m, i) => html`<li
                    part="option"
                    id="${this.uid}-option-${i}"
                    role="option"
                    aria-selected=${i === this.active ? 'true' : 'false'}
                    data-option=${m.id}
                    @click=${() => this.choose(i)}
                  >
                    <span class="name">${m.name}</span>${
                      m.matched !== m.name ? html`<span class="alt"> — ${m.matched}</span>` : nothing
                    }
                  </li>`,
                )
              : nothing
          }
        </ul>
        ${noMatches ? html`<p class="empty" aria-hidden="true">${t.noMatches}</p>` : nothing}
      </div>
      <div class="sr-only" role="status">${status}</div>
    </div>`;
  }

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.open = this.query.trim() !== '';
  };

  private readonly onInputClick = () => {
    if (!this.open && this.query.trim() !== '') this.open = true;
  };

  private readonly onBlur = () => {
    this.open = false;
    this.active = -1;
  };

  /** Keeps focus in the input when an option is pressed, so the click can choose it. */
  private readonly keepFocus = (event: MouseEvent) => {
    event.preventDefault();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.metaKey) return;
    const count = this.found.length;
    switch (event.key) {
      case 'ArrowDown': {
        if (count === 0) return;
        if (!this.open) {
          this.open = true;
          this.active = event.altKey ? -1 : 0;
        } else if (!event.altKey) {
          this.active = this.active < 0 || this.active >= count - 1 ? 0 : this.active + 1;
        }
        break;
      }
      case 'ArrowUp': {
        if (count === 0) return;
        if (event.altKey) {
          if (this.open && this.active >= 0) this.choose(this.active);
          else this.open = false;
        } else if (!this.open) {
          this.open = true;
          this.active = count - 1;
        } else {
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        break;
      }
      case 'Enter': {
        if (!this.open || count === 0) return;
        this.choose(Math.max(this.active, 0));
        break;
      }
      case 'Escape': {
        if (this.open) {
          this.open = false;
          this.active = -1;
        } else if (this.query !== '') {
          this.clear();
        } else {
          return;
        }
        // Consumed: an enclosing map or dialog must not also act on this Escape.
        event.stopPropagation();
        break;
      }
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // Text editing keys: the caret moves, and visual focus returns to the input.
        this.active = -1;
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  private choose(index: number): void {
    const match = this.found[index];
    if (!match) return;
    this.query = match.name;
    this.open = false;
    this.active = -1;
    this.dispatchEvent(
      new CustomEvent('archipelago-search-choose', {
        detail: { id: match.id },
        bubbles: true,
        // Heard by <archipelago-map> on this element inside its shadow root; pages never see it.
        composed: false,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'archipelago-search': ArchipelagoSearch;
  }
  interface GlobalEventHandlersEventMap {
    'archipelago-search-choose': CustomEvent<{ id: string }>;
  }
}

// Defining twice (two bundles on one page) must not throw.
if (!customElements.get('archipelago-search')) customElements.define('archipelago-search', ArchipelagoSearch);
