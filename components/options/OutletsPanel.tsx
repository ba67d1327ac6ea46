import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Outlet, SourcedFact } from '../../utils/engine/types';
import { api } from '../../utils/options/api';
import { fold } from '../../utils/options/library';
import { fromDraft, toDraft, type OutletDraft } from '../../utils/options/outlets';
import { plural } from '../format';
import type { ToastData } from './Toast';

/** Props of {@link OutletsPanel}. */
export interface OutletsPanelProps {
  version: number;
  active: boolean;
  onChanged: () => void;
  showToast: (t: Omit<ToastData, 'id'>) => void;
}

/** Outlets with what cards show about them — name, domain, country, ownership and notes, each with its source — editable. */
export function OutletsPanel({ version, active, onChanged, showToast }: OutletsPanelProps) {
  const [outlets, setOutlets] = useState<Outlet[] | null>(null);
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState('');

  const load = async () => {
    try {
      const [list, articles] = await Promise.all([api.listOutlets(), api.listArticles()]);
      const m = new Map<string, number>();
      for (const a of articles) m.set(a.outletId, (m.get(a.outletId) ?? 0) + 1);
      setOutlets(list);
      setCounts(m);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => {
    if (active) void load();
  }, [active, version]);

  const shown = useMemo(() => {
    const f = fold(filter.trim());
    return (outlets ?? []).filter((o) => !f || fold(`${o.name} ${o.domain ?? ''}`).includes(f));
  }, [outlets, filter]);

  return (
    <div class="op-panel-body op-outlets">
      <p class="op-lede">
        What cards say about each outlet. Keep every fact with its source, so readers can judge it. Outlets with no articles stay
        listed for your notes.
      </p>
      <div class="op-toolbar">
        <label class="op-field op-grow">
          <span>Find an outlet</span>
          <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} placeholder="Name or domain" />
        </label>
      </div>
      {error && (
        <p class="op-error-text" role="alert">
          Could not load outlets: {error}
        </p>
      )}
      {outlets === null && !error && <p class="op-help">Loading…</p>}
      <ul class="op-outlet-grid">
        {shown.map((o) => (
          <li key={o.id} class="op-card op-outlet" data-testid="outlet-card" data-outlet-id={o.id}>
            {editing === o.id ? (
              <OutletEditor
                outlet={o}
                onCancel={() => setEditing(null)}
                onSave={async (next) => {
                  const saved = await api.updateOutlet(next);
                  setOutlets((list) => (list ? list.map((x) => (x.id === saved.id ? saved : x)) : list));
                  setEditing(null);
                  onChanged();
                  showToast({ message: `Saved ${saved.name}.` });
                }}
              />
            ) : (
              <OutletView outlet={o} articles={counts.get(o.id) ?? 0} onEdit={() => setEditing(o.id)} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function OutletView({ outlet, articles, onEdit }: { outlet: Outlet; articles: number; onEdit: () => void }) {
  const facts: { label: string; fact: SourcedFact }[] = [
    ...(outlet.country ? [{ label: 'Country', fact: outlet.country }] : []),
    ...outlet.ownership.map((fact) => ({ label: 'Ownership', fact })),
    ...outlet.notes.map((fact) => ({ label: 'Note', fact })),
  ];
  return (
    <>
      <header class="op-outlet-head">
        <div>
          <h3 class="op-h3">{outlet.name}</h3>
          <p class="op-sub">
            {outlet.domain ?? 'no domain'} · {plural(articles, 'article')}
          </p>
        </div>
        <button type="button" class="op-btn op-btn-small" onClick={onEdit} aria-label={`Edit ${outlet.name}`}>
          Edit
        </button>
      </header>
      {facts.length ? (
        <dl class="op-facts">
          {facts.map(({ label, fact }, i) => (
            <div key={i} class="op-fact">
              <dt>{label}</dt>
              <dd>
                <span>{fact.value}</span>
                <span class="op-source">Source: {fact.source}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="op-help">No country, ownership or notes recorded yet.</p>
      )}
    </>
  );
}

function FactRows({
  label,
  facts,
  onChange,
  addLabel,
}: {
  label: string;
  facts: SourcedFact[];
  onChange: (facts: SourcedFact[]) => void;
  addLabel?: string;
}) {
  const set = (i: number, patch: Partial<SourcedFact>) => onChange(facts.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset class="op-fieldset">
      <legend>{label}</legend>
      {facts.map((f, i) => (
        <div class="op-fact-edit" key={i}>
          <label class="op-field op-grow">
            <span>{label === 'Country' ? 'Country' : `${label} ${i + 1}`}</span>
            <input value={f.value} onInput={(e) => set(i, { value: e.currentTarget.value })} />
          </label>
          <label class="op-field op-grow">
            <span>Source</span>
            <input value={f.source} onInput={(e) => set(i, { source: e.currentTarget.value })} placeholder="Where this comes from" />
          </label>
          {addLabel && (
            <button
              type="button"
              class="op-icon-btn"
              aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
              onClick={() => onChange(facts.filter((_, j) => j !== i))}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {addLabel && (
        <button type="button" class="op-btn op-btn-small op-btn-ghost" onClick={() => onChange([...facts, { value: '', source: '' }])}>
          + {addLabel}
        </button>
      )}
    </fieldset>
  );
}

function OutletEditor({ outlet, onSave, onCancel }: { outlet: Outlet; onSave: (o: Outlet) => Promise<void>; onCancel: () => void }) {
  const [draft, setDraft] = useState<OutletDraft>(() => toDraft(outlet));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const r = fromDraft(draft);
    if ('problems' in r) {
      setProblems(r.problems);
      return;
    }
    setSaving(true);
    try {
      await onSave(r.outlet);
    } catch (err) {
      setProblems([err instanceof Error ? err.message : String(err)]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="op-form" onSubmit={(e) => void submit(e)} aria-label={`Edit ${outlet.name}`}>
      <div class="op-grid-2">
        <label class="op-field">
          <span>Name</span>
          <input value={draft.name} onInput={(e) => setDraft((d) => ({ ...d, name: e.currentTarget.value }))} />
        </label>
        <label class="op-field">
          <span>Domain</span>
          <input value={draft.domain} placeholder="example.com" onInput={(e) => setDraft((d) => ({ ...d, domain: e.currentTarget.value }))} />
        </label>
      </div>
      <FactRows label="Country" facts={[draft.country]} onChange={([c]) => setDraft((d) => ({ ...d, country: c }))} />
      <FactRows label="Ownership / funding" facts={draft.ownership} addLabel="Add an ownership note" onChange={(ownership) => setDraft((d) => ({ ...d, ownership }))} />
      <FactRows label="Notes" facts={draft.notes} addLabel="Add a note" onChange={(notes) => setDraft((d) => ({ ...d, notes }))} />
      {problems.length > 0 && (
        <ul class="op-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div class="op-form-actions">
        <button type="button" class="op-btn" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        <button type="submit" class="op-btn op-btn-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save outlet'}
        </button>
      </div>
    </form>
  );
}
