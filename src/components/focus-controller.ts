import type { ReactiveController } from 'lit';
import { nearestInDirection } from '../geo/direction';
import type { Point } from '../geo/types';
import type { SvgOverlay } from '../overlay/svg-overlay';
import type { Insets } from './camera-view';
import type { ArchipelagoHost } from './host';
import type { MapHostController } from './map-host';
import type { Network } from './network';

/**
 * Where keyboard focus goes: from island to island by arrow key, into the panel when it tells about
 * something new, back to where it was when the keys dialog closes, never behind a dialog or the table
 * (inert), and an island reached by keyboard under the chrome is brought into view (WCAG 2.4.11).
 */
export class FocusController implements ReactiveController {
  /** What had focus before the keys dialog opened: it gets focus back when the dialog closes. */
  private beforeHelp: HTMLElement | SVGElement | null = null;

  constructor(
    private readonly host: ArchipelagoHost,
    private readonly network: Network,
    private readonly map: MapHostController,
    private readonly overlay: () => SvgOverlay | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.updateInert();
  }

  /** The keys dialog opens: remember what had focus (call before rendering it). */
  helpOpening(): void {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    this.beforeHelp = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
  }

  /** The keys dialog rendered: its one control takes focus. */
  helpOpened(): void {
    this.host.renderRoot.querySelector<HTMLElement>('[data-close-help]')?.focus();
  }

  closeHelp(): void {
    const host = this.host;
    host.helpOpen = false;
    const before = this.beforeHelp;
    this.beforeHelp = null;
    void host.updateComplete.then(() => {
      const back =
        before?.isConnected && !before.closest('[inert]')
          ? before
          : host.renderRoot.querySelector<HTMLElement>('[data-help], .frame');
      back?.focus({ preventScroll: true });
    });
  }

  /**
   * The panel now tells about something else (a partner, a partnership's evidence): focus goes to the
   * panel, so a screen reader reads its new title and the next Tab starts at its top.
   */
  focusPanel(): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('.panel')?.focus({ preventScroll: true }),
    );
  }

  focusCity(id: string): void {
    this.overlay()?.focusCity(id);
  }

  /** Arrow keys on an island: focus moves to the nearest island in that direction. */
  moveFocus(fromId: string, key: string): void {
    const overlay = this.overlay();
    const dataset = this.network.dataset;
    const from = overlay?.centreOf(fromId);
    if (!overlay || !from || !dataset) return;
    const candidates: { id: string; x: number; y: number }[] = [];
    for (const c of dataset.cities) {
      const at = overlay.centreOf(c.id);
      if (at) candidates.push({ id: c.id, x: at.x, y: at.y });
    }
    const next = nearestInDirection({ id: fromId, x: from.x, y: from.y }, candidates, key);
    if (next) overlay.focusCity(next);
  }

  /**
   * What a dialog or the table view covers cannot be reached: the keys dialog makes everything else
   * inert, the table view the map, the islands, the legend and the panel under it.
   */
  private updateInert(): void {
    const host = this.host;
    const frame = host.renderRoot.querySelector('.frame');
    if (!frame) return;
    const modal = host.helpOpen && host.status === 'ready';
    for (const el of frame.children) {
      if (el.matches('.dialog-backdrop, .sr-only, .notice, .status')) continue;
      // (The SVG overlay sits in a div: `inert` is an HTML attribute, SVG elements ignore it.)
      const covered = host.tableOpen && el.matches('.map, .marks, .legend, .panel, .tooltip');
      el.toggleAttribute('inert', modal || covered);
    }
  }

  /** An island reached with the keyboard under the toolbar, legend, panel or caption comes into view. */
  readonly onOverlayFocus = (event: FocusEvent) => {
    const island = event.target instanceof Element ? event.target.closest('[data-city]') : null;
    const id = island?.getAttribute('data-city');
    const view = this.map.view;
    if (!island || !id || !view || !island.matches(':focus-visible')) return;
    const city = this.network.city(id);
    if (city?.kind !== 'metropolis' || !this.isCovered(island)) return;
    view.show([city.coordinates as Point], this.clearArea());
  };

  /** Whether an element's centre is outside the element's box or covered by something else. */
  private isCovered(el: Element): boolean {
    const host = this.host.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < host.left || x > host.right || y < host.top || y > host.bottom) return true;
    const hit = (this.host.renderRoot as ShadowRoot).elementFromPoint(x, y);
    return !hit || !(hit === el || el.contains(hit));
  }

  /** The part of the map nothing covers now: the insets, with the panel and an open menu measured. */
  private clearArea(): Insets {
    const host = this.host;
    const box = host.getBoundingClientRect();
    const area = { ...this.map.insets };
    const rect = (selector: string) => host.renderRoot.querySelector(selector)?.getBoundingClientRect();
    const toolbar = rect('.toolbar');
    if (toolbar) area.top = Math.max(area.top, Math.round(toolbar.bottom - box.top));
    const panel = rect('.panel');
    // On a narrow element the panel is a bottom sheet; elsewhere it takes the right side.
    if (panel && host.narrow) area.bottom = Math.max(area.bottom, Math.round(box.bottom - panel.top));
    else if (panel) area.right = Math.max(area.right, Math.round(box.right - panel.left));
    const legend = rect('.legend:not(.closed)');
    if (legend) area.left = Math.max(area.left, Math.round(legend.right - box.left));
    return area;
  }
}
