import { useId } from 'preact/hooks';
import type { ClaimKind } from '../../utils/engine/types';
import type { Facets } from '../../utils/messages';
import { KIND_LABELS, NO_FILTERS, activeFilterCount, type PopupFilters } from './query';

/** Props of {@link Filters}. */
export interface FiltersProps {
  id: string;
  facets: Facets | null;
  value: PopupFilters;
  onChange: (next: PopupFilters) => void;
}

const ALL_KINDS: ClaimKind[] = ['quote', 'figure', 'statement', 'assertion'];

/** The collapsible filters panel: outlet, topic, date range, claim kinds and sort order. */
export function Filters({ id, facets, value, onChange }: FiltersProps) {
  const uid = useId();
  const set = (patch: Partial<PopupFilters>) => onChange({ ...value, ...patch });
  const kinds = facets?.kinds.length ? facets.kinds : ALL_KINDS;
  const toggleKind = (k: ClaimKind) => set({ kinds: value.kinds.includes(k) ? value.kinds.filter((x) => x !== k) : [...value.kinds, k] });
  const min = facets?.dateRange.min?.slice(0, 10);
  const max = facets?.dateRange.max?.slice(0, 10);
  return (
    <div class="cl-p-filters" id={id} role="group" aria-label="Filters">
      <div class="cl-p-row">
        <label class="cl-p-control" for={`${uid}-outlet`}>
          <span class="cl-p-label">Outlet</span>
          <select id={`${uid}-outlet`} class="cl-p-select" value={value.outletId} onChange={(e) => set({ outletId: e.currentTarget.value })}>
            <option value="">All outlets</option>
            {facets?.outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label class="cl-p-control" for={`${uid}-topic`}>
          <span class="cl-p-label">Topic</span>
          <select id={`${uid}-topic`} class="cl-p-select" value={value.topicId} onChange={(e) => set({ topicId: e.currentTarget.value })}>
            <option value="">All topics</option>
            {facets?.topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} ({t.claims})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="cl-p-row">
        <label class="cl-p-control" for={`${uid}-from`}>
          <span class="cl-p-label">From</span>
          <input id={`${uid}-from`} class="cl-p-date" type="date" min={min} max={value.to || max} value={value.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label class="cl-p-control" for={`${uid}-to`}>
          <span class="cl-p-label">To</span>
          <input id={`${uid}-to`} class="cl-p-date" type="date" min={value.from || min} max={max} value={value.to} onChange={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </div>
      <div class="cl-p-row cl-p-row--wrap">
        <div class="cl-p-chips" role="group" aria-label="Kind of claim">
          {kinds.map((k) => (
            <button key={k} type="button" class="cl-p-chip" aria-pressed={value.kinds.includes(k)} onClick={() => toggleKind(k)}>
              {KIND_LABELS[k]}
            </button>
          ))}
        </div>
        <div class="cl-p-sort" role="radiogroup" aria-label="Sort by">
          {(['relevance', 'date'] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={value.sort === s}
              class="cl-p-sort-option"
              onClick={() => set({ sort: s })}
            >
              {s === 'relevance' ? 'Best match' : 'Newest'}
            </button>
          ))}
        </div>
      </div>
      {(activeFilterCount(value) > 0 || value.sort !== NO_FILTERS.sort) && (
        <button type="button" class="cl-p-linkbtn cl-p-reset" onClick={() => onChange(NO_FILTERS)}>
          Reset filters
        </button>
      )}
    </div>
  );
}
