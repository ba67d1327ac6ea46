/**
 * The popup's search state as plain data, and how it becomes a `SearchQuery`. Pure: no DOM, no browser API.
 */
import type { ClaimKind } from '../../utils/engine/types';
import type { SearchQuery } from '../../utils/messages';

/** What the filters row holds. Empty string / empty list = no filter. */
export interface PopupFilters {
  outletId: string;
  topicId: string;
  /** ISO dates from the date inputs ("2024-01-31") or "". */
  from: string;
  to: string;
  kinds: ClaimKind[];
  sort: SearchQuery['sort'];
}

/** Filters as a fresh popup opens: none, relevance first. */
export const NO_FILTERS: PopupFilters = { outletId: '', topicId: '', from: '', to: '', kinds: [], sort: 'relevance' };

/** Results asked for at first, and added by each "Show more". */
export const PAGE_SIZE = 30;

/** Kinds as the filter chips name them. */
export const KIND_LABELS: Record<ClaimKind, string> = {
  quote: 'Quote',
  figure: 'Figure',
  statement: 'Statement',
  assertion: 'Assertion',
};

/** How many filters narrow the results (sort is not one), for the badge on the filters button. */
export function activeFilterCount(f: PopupFilters): number {
  return (f.outletId ? 1 : 0) + (f.topicId ? 1 : 0) + (f.from || f.to ? 1 : 0) + (f.kinds.length ? 1 : 0);
}

/** The request for a query text and filters. */
export function toSearchQuery(text: string, f: PopupFilters, limit: number = PAGE_SIZE): SearchQuery {
  return {
    text: text.trim() ? text : '',
    outletIds: f.outletId ? [f.outletId] : undefined,
    topicIds: f.topicId ? [f.topicId] : undefined,
    from: f.from || null,
    to: f.to || null,
    kinds: f.kinds.length ? f.kinds : undefined,
    sort: f.sort,
    limit,
  };
}

/** True when the popup should show search results rather than "this page": some text or some filter. */
export function isSearching(text: string, f: PopupFilters): boolean {
  return text.trim() !== '' || activeFilterCount(f) > 0;
}
