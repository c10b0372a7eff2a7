import type { ReactiveController } from 'lit';
import type { SvgOverlay } from '../overlay/svg-overlay';
import type { ArchipelagoHost, Hover } from './host';

/**
 * The pointer over the map: the tooltip (which stays a moment after the pointer leaves a mark, so the
 * pointer can reach it: WCAG 1.4.13), and the links of a large network, which live on a canvas with no
 * elements of their own and are found by testing the pointer's position against them.
 */
export class PointerController implements ReactiveController {
  private hoverTimer = 0;
  private hoverFrame = 0;

  constructor(
    private readonly host: ArchipelagoHost,
    private readonly overlay: () => SvgOverlay | null,
    private readonly actions: { selectLink: (id: string) => void; clear: () => void },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    window.clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.hoverFrame);
  }

  /** Hover and focus show the tooltip; leaving a mark hides it after 400 ms, leaving focus at once. */
  setHover(mark: Hover | null, leaving = false): void {
    window.clearTimeout(this.hoverTimer);
    if (mark || !leaving) {
      this.host.hover = mark;
      return;
    }
    this.hoverTimer = window.setTimeout(() => {
      this.host.hover = null;
    }, 400);
  }

  /** The pointer reached the tooltip: it stays. */
  keepTooltip(): void {
    window.clearTimeout(this.hoverTimer);
  }

  /** Clicks on the map itself (not on marks or controls) clear the selection, as in other map tools. */
  readonly onBackgroundClick = (event: MouseEvent) => {
    if (!onMap(event)) return;
    const link = this.canvasLinkAt(event);
    if (link) this.actions.selectLink(link);
    else this.actions.clear();
  };

  readonly onPointerMove = (event: PointerEvent) => {
    if (this.overlay()?.renderer !== 'canvas' || event.buttons !== 0 || !onMap(event)) return;
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const id = this.canvasLinkAt(event);
      const box = this.host.getBoundingClientRect();
      if (id) this.setHover({ kind: 'link', id, at: [event.clientX - box.left, event.clientY - box.top] });
      else if (this.host.hover?.kind === 'link') this.setHover(null, true);
    });
  };

  private canvasLinkAt(event: MouseEvent): string | null {
    const overlay = this.overlay();
    if (overlay?.renderer !== 'canvas') return null;
    const box = this.host.getBoundingClientRect();
    return overlay.linkAt(event.clientX - box.left, event.clientY - box.top);
  }
}

const onMap = (event: Event) =>
  event.composedPath().some((el) => el instanceof Element && el.classList.contains('map'));
