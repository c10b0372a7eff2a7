/**
 * Truth in the data: when a claim shows as verified, whether a partnership is only proposed, and how a
 * source is written out. Pure: no DOM. Rules in docs/data-format.md ("Sources and verified claims").
 */
import { SLIDE_TITLES, type Source, type Status } from './schema';

/** Anything that may carry a verdict and sources: a city, link, group or priority. */
export interface Claim {
  verified?: boolean | undefined;
  sources?: readonly Source[] | undefined;
}

/** A population figure: one source of its own. */
export interface SingleSourceClaim {
  verified?: boolean | undefined;
  source: Source;
}

/**
 * Whether a claim shows as verified: it cites at least one source and is not marked `verified: false`.
 * A claim without a source is never shown as verified, whatever `verified` says.
 */
export function isVerified(claim: Claim | SingleSourceClaim | null | undefined): boolean {
  if (!claim || claim.verified === false) return false;
  return hasSource(claim);
}

/** Whether a claim cites at least one source. */
export function hasSource(claim: Claim | SingleSourceClaim | null | undefined): boolean {
  if (!claim) return false;
  if ('sources' in claim && Array.isArray(claim.sources) && claim.sources.length > 0) return true;
  // A link's `source` is a city id (a string), not a source: only an object counts.
  const single: unknown = (claim as { source?: unknown }).source;
  return typeof single === 'object' && single !== null;
}

/** The status of a link or group: `proposed` when marked so, else `established` (the default). */
export function statusOf(entry: { status?: Status | undefined } | null | undefined): Status {
  return entry?.status === 'proposed' ? 'proposed' : 'established';
}

/** Whether a link or group is a recommendation or plan rather than a partnership that existed. */
export function isProposed(entry: { status?: Status | undefined } | null | undefined): boolean {
  return statusOf(entry) === 'proposed';
}

/** The title of slide `n` of the 2007 deck (1-based), or `undefined` when there is no such slide. */
export function slideTitle(n: number): string | undefined {
  return Number.isInteger(n) ? SLIDE_TITLES[n - 1] : undefined;
}

/**
 * A source as one line of text: its title, and for a slide its number and title:
 * `Slides, Berlin 13 Nov 2007, slide 6: Co-operation case Helsinki`. The URL is not part of the line
 * (renderers link the line to `safeUrl(source.url)`). A slide number the deck does not have is shown
 * without a title (`…, slide 12`); the validator refuses such numbers.
 */
export function formatSource(source: Pick<Source, 'title' | 'slide'>): string {
  if (source.slide === undefined) return source.title;
  const title = slideTitle(source.slide);
  return title === undefined
    ? `${source.title}, slide ${source.slide}`
    : `${source.title}, slide ${source.slide}: ${title}`;
}
