import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/schema';
import { isProposed, isVerified } from '../data/sources';
import { cityNames, localize } from '../data/text';
import { strings, type UiLang } from '../i18n/strings';
import type { MarkKind } from '../overlay/model';

const MAX_DESCRIPTION = 220;

function shorten(text: string): string {
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…` : text;
}

/** What hovering or focusing a mark tells: short, and always as text (data strings are never HTML). */
export function tooltipContent(
  dataset: Dataset,
  kind: MarkKind,
  id: string,
  lang: UiLang,
): TemplateResult | null {
  const t = strings(lang);
  if (kind === 'city') {
    const city = dataset.cities.find((c) => c.id === id);
    if (!city) return null;
    const name = localize(city.name, lang);
    const locals = cityNames(city)
      .filter((n) => n.local && n.name !== name)
      .map((n) => n.name);
    const pop = city.population;
    const touching = dataset.links.filter((l) => l.source === id || l.target === id);
    const links = touching.length;
    const proposed = touching.filter(isProposed).length;
    return html`<strong>${name}${locals.length ? html` <span class="local">(${locals.join(', ')})</span>` : nothing}</strong>
      ${city.role ? html`<p>${localize(city.role, lang)}</p>` : nothing}
      ${
        pop
          ? html`<p>
            ${t.population}: ${new Intl.NumberFormat(lang).format(pop.value)} (${pop.year})
            ${isVerified(pop) ? nothing : html`<span class="unverified">— ${t.unverified}</span>`}
          </p>`
          : nothing
      }
      <p>${links} ${t.links}${proposed ? html`, <span class="proposed">${proposed} ${t.proposed}</span>` : nothing}</p>
      ${isVerified(city) ? nothing : html`<p class="unverified">${t.unverified}</p>`}`;
  }
  if (kind === 'link') {
    const link = dataset.links.find((l) => l.id === id);
    if (!link) return null;
    const type = dataset.linkTypes.find((x) => x.id === link.type);
    const name = (cid: string) => {
      const c = dataset.cities.find((x) => x.id === cid);
      return c ? localize(c.name, lang) : cid;
    };
    return html`<strong>${name(link.source)} – ${name(link.target)}</strong>
      <p>
        ${type ? localize(type.label, lang) : link.type}${link.since ? ` · ${t.since} ${link.since}` : ''}
        ${isProposed(link) ? html`· <span class="proposed" data-status="proposed">${t.proposed}</span>` : nothing}
      </p>
      <p>${shorten(localize(link.title ?? link.description, lang))}</p>
      ${isVerified(link) ? nothing : html`<p class="unverified">${t.unverified}</p>`}`;
  }
  const group = dataset.groups.find((g) => g.id === id);
  if (!group) return null;
  return html`<strong>${localize(group.name, lang)}</strong>
    ${isProposed(group) ? html`<p class="proposed" data-status="proposed">${t.proposed}</p>` : nothing}
    <p>${shorten(localize(group.description, lang))}</p>
    ${isVerified(group) ? nothing : html`<p class="unverified">${t.unverified}</p>`}`;
}

export interface TooltipProps {
  dataset: Dataset;
  hover: { kind: MarkKind; id: string; at: readonly [number, number] };
  lang: UiLang;
  /** The element's width, to keep the tooltip inside it. */
  width: number;
  onEnter: () => void;
  onLeave: () => void;
}

/** The tooltip of the mark under the pointer or focus, kept inside the element. */
export function renderTooltip(p: TooltipProps) {
  const content = tooltipContent(p.dataset, p.hover.kind, p.hover.id, p.lang);
  if (!content) return nothing;
  const x = Math.max(160, Math.min(p.hover.at[0], (p.width || 320) - 160));
  const y = Math.max(90, p.hover.at[1]);
  return html`<div
    class="tooltip"
    role="tooltip"
    style="left:${x}px;top:${y}px"
    @pointerenter=${p.onEnter}
    @pointerleave=${p.onLeave}
  >
    ${content}
  </div>`;
}
