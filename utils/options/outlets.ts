/**
 * Outlet editing: a form draft ↔ an `Outlet`, and the checks before saving. Every fact needs its source,
 * because cards show where each fact came from. Pure.
 */
import type { Outlet, SourcedFact } from '../engine/types';

/** The editable form of an outlet (all strings; country may be blank). */
export interface OutletDraft {
  id: string;
  name: string;
  domain: string;
  country: SourcedFact;
  ownership: SourcedFact[];
  notes: SourcedFact[];
}

/** The form for `outlet`. */
export function toDraft(outlet: Outlet): OutletDraft {
  return {
    id: outlet.id,
    name: outlet.name,
    domain: outlet.domain ?? '',
    country: outlet.country ? { ...outlet.country } : { value: '', source: '' },
    ownership: outlet.ownership.map((f) => ({ ...f })),
    notes: outlet.notes.map((f) => ({ ...f })),
  };
}

/** "https://www.Example.com/path" → "example.com"; "" → null. */
export function normaliseDomain(input: string): string | null {
  const v = input.trim().toLowerCase();
  if (!v) return null;
  const host = v.replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0].replace(/:\d+$/, '').replace(/^www\./, '');
  return host || null;
}

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The outlet for a draft, or the problems that stop it being saved. Blank facts are dropped. */
export function fromDraft(d: OutletDraft): { outlet: Outlet } | { problems: string[] } {
  const problems: string[] = [];
  const name = d.name.trim();
  if (!name) problems.push('The name cannot be empty.');
  const domain = normaliseDomain(d.domain);
  if (domain && !DOMAIN_RE.test(domain)) problems.push(`“${d.domain.trim()}” is not a domain like example.com.`);
  const facts = (list: SourcedFact[], label: string) =>
    list
      .map((f) => ({ value: f.value.trim(), source: f.source.trim() }))
      .filter((f, i) => {
        if (!f.value && !f.source) return false;
        if (!f.value) problems.push(`${label} ${i + 1}: write the fact, or remove it.`);
        else if (!f.source) problems.push(`${label} ${i + 1}: say where “${f.value}” comes from.`);
        return true;
      });
  const [country] = facts([d.country], 'Country');
  const ownership = facts(d.ownership, 'Ownership note');
  const notes = facts(d.notes, 'Note');
  if (problems.length) return { problems };
  return { outlet: { id: d.id, name, domain, country: country ?? null, ownership, notes } };
}
