import { useId, useMemo, useState } from 'preact/hooks';
import type { Contrast, ContrastGroups } from '../utils/engine/types';
import { countContrasts, foldCopies } from '../utils/engine/shown';
import { ContrastItem, type ContrastItemProps } from './ContrastItem';
import { RELATION_NAMES } from './format';

/** Props of {@link ContrastList}. */
export interface ContrastListProps {
  groups: ContrastGroups;
  readerUrl: (articleId: string, claimId: string) => string;
  /** See {@link ContrastItemProps.onOpenReader}. */
  onOpenReader?: (articleId: string, claimId: string) => void;
  /** See {@link ContrastItemProps.onShowSentence}. */
  onShowSentence?: ContrastItemProps['onShowSentence'];
  /** Items shown per group before a "Show N more" button; default 3. */
  limit?: number;
  /** Shown when every group is empty. */
  emptyText?: string;
}

/** The groups in the order the card shows them. */
export const GROUP_ORDER = ['disputes', 'agrees', 'related'] as const;

/**
 * The items with outlets taking turns, each outlet's own order kept: A1 A2 A3 B1 C1 → A1 B1 C1 A2 A3. The
 * first few shown then come from as many outlets as there are, instead of one article's sentences.
 */
export function outletsTakeTurns(items: Contrast[]): Contrast[] {
  const queues = new Map<string, Contrast[]>();
  for (const c of items) {
    const q = queues.get(c.outlet.id);
    if (q) q.push(c);
    else queues.set(c.outlet.id, [c]);
  }
  const out: Contrast[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const q of queues.values()) if (round < q.length) out.push(q[round]!);
  }
  return out;
}

/** Contrasts grouped "Disputes", "Agrees", "Adds context"; empty groups are left out. */
export function ContrastList({ groups, readerUrl, onOpenReader, onShowSentence, limit = 3, emptyText }: ContrastListProps) {
  if (countContrasts(groups) === 0) {
    return (
      <p class="cl-empty">
        {emptyText ??
          'No other outlet in your library agrees with, disputes or adds to this yet. Import more articles from the options page to widen the comparison.'}
      </p>
    );
  }
  return (
    <div class="cl-groups">
      {GROUP_ORDER.map((key) =>
        groups[key].length ? (
          <ContrastGroup key={key} label={key} items={groups[key]} limit={limit} readerUrl={readerUrl} onOpenReader={onOpenReader} onShowSentence={onShowSentence} />
        ) : null,
      )}
    </div>
  );
}

interface ContrastGroupProps {
  label: (typeof GROUP_ORDER)[number];
  items: Contrast[];
  limit: number;
  readerUrl: (articleId: string, claimId: string) => string;
  onOpenReader?: ContrastItemProps['onOpenReader'];
  onShowSentence?: ContrastItemProps['onShowSentence'];
}

/** One colour-coded group with its count and a "show more" toggle. */
function ContrastGroup({ label, items, limit, readerUrl, onOpenReader, onShowSentence }: ContrastGroupProps) {
  const [all, setAll] = useState(false);
  // Wire copies of one statement are one item (with the outlets that carry it), then outlets take turns.
  const ordered = useMemo(() => {
    const folded = foldCopies(items);
    const byLead = new Map(folded.map((f) => [f.lead, f]));
    return outletsTakeTurns(folded.map((f) => f.lead)).map((lead) => byLead.get(lead)!);
  }, [items]);
  const shown = all ? ordered : ordered.slice(0, limit);
  const hidden = ordered.length - shown.length;
  const headId = `${useId()}-${label}`;
  return (
    <section class={`cl-group cl-group--${label}`} aria-labelledby={headId}>
      <h3 class="cl-group-head" id={headId}>
        <span class="cl-dot" aria-hidden="true" />
        {RELATION_NAMES[label]}
        <span class="cl-count">
          {ordered.length}
          <span class="cl-sr-only">{ordered.length === 1 ? ' claim' : ' claims'}</span>
        </span>
      </h3>
      <ul class="cl-items">
        {shown.map(({ lead, copies }) => (
          <ContrastItem key={lead.claim.id} contrast={lead} copies={copies} readerUrl={readerUrl} onOpenReader={onOpenReader} onShowSentence={onShowSentence} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="cl-more" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </section>
  );
}
