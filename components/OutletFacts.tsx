import type { Outlet, SourcedFact } from '../utils/engine/types';
import { shortenUrls, splitOutletName } from './format';
import { OutletName } from './OutletName';

/** Props of {@link OutletFacts}. */
export interface OutletFactsProps {
  outlets: Outlet[];
  /** Summary line of the collapsed section; default "About these outlets" / "About <name>". */
  title?: string;
  /** Start expanded. */
  open?: boolean;
}

/** Every fact we hold about an outlet, labelled, in display order. */
export function outletFacts(outlet: Outlet): { label: string; fact: SourcedFact }[] {
  return [
    ...(outlet.country ? [{ label: 'Country', fact: outlet.country }] : []),
    ...outlet.ownership.map((fact) => ({ label: 'Ownership', fact })),
    ...outlet.notes.map((fact) => ({ label: 'Note', fact })),
  ];
}

/** Outlet context — name, domain, country, ownership and notes, each with its source — in a collapsed <details>. */
export function OutletFacts({ outlets, title, open = false }: OutletFactsProps) {
  if (!outlets.length) return null;
  const summary = title ?? (outlets.length === 1 ? `About ${splitOutletName(outlets[0].name).base}` : 'About these outlets');
  return (
    <details class="cl-section cl-outlets" open={open}>
      <summary class="cl-summary">
        <span class="cl-section-title">{summary}</span>
        <span class="cl-chevron" aria-hidden="true" />
      </summary>
      <ul class="cl-outlet-list">
        {outlets.map((o) => (
          <OutletEntry key={o.id} outlet={o} />
        ))}
      </ul>
    </details>
  );
}

/** One outlet's name, domain and sourced facts. */
function OutletEntry({ outlet }: { outlet: Outlet }) {
  const facts = outletFacts(outlet);
  return (
    <li class="cl-outlet-entry">
      <div class="cl-outlet-name">
        <OutletName name={outlet.name} />
        {outlet.domain && <span class="cl-outlet-domain"> {outlet.domain}</span>}
      </div>
      {facts.length ? (
        <dl class="cl-facts">
          {facts.map(({ label, fact }, i) => (
            <div key={i} class="cl-fact">
              <dt>{label}</dt>
              <dd title={shortenUrls(fact.value) === fact.value ? undefined : fact.value}>
                {shortenUrls(fact.value)}{' '}
                <span class="cl-source" title={fact.source}>
                  Source: {shortenUrls(fact.source)}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="cl-muted">No background facts recorded for this outlet yet.</p>
      )}
    </li>
  );
}
