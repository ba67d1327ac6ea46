import { useMemo, useState } from 'preact/hooks';
import { FIELDS, FIELD_LABELS, mappingProblems, type ColumnMapping, type Field, type PendingCsv } from '../../utils/options/columns';


/** Props of {@link ColumnMapper}. */
export interface ColumnMapperProps {
  csv: PendingCsv;
  /** "1 of 2" when several CSVs wait. */
  position?: string;
  onConfirm: (mapping: ColumnMapping) => void;
  onSkip: () => void;
}

const PREVIEW_ROWS = 5;
const HOW_TEXT = { exact: 'by name', name: 'guessed from the name', content: 'guessed from the cells' } as const;

/** Cuts a cell for the preview table. */
function cellPreview(v: string | undefined): string {
  const t = (v ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 89)}…` : t;
}

/**
 * The mapping step for a CSV whose column names ClaimLens does not know: one choice per article field,
 * pre-filled with a suggestion, and the first rows shown with the chosen roles above their columns.
 */
export function ColumnMapper({ csv, position, onConfirm, onSkip }: ColumnMapperProps) {
  const [mapping, setMapping] = useState<ColumnMapping>(csv.suggestion.mapping);
  const problems = useMemo(() => mappingProblems(mapping, csv.headers), [mapping, csv.headers]);
  const roleOf = (col: number): Field | undefined => FIELDS.find((f) => mapping[f] === col);
  const rows = csv.rows.filter((r) => r.some((c) => c.trim())).slice(0, PREVIEW_ROWS);

  return (
    <section class="op-card op-mapper" aria-labelledby="op-mapper-title" data-testid="column-mapper">
      <header class="op-card-head">
        <div>
          <h3 id="op-mapper-title" class="op-h3">
            Match the columns of <span class="op-file">{csv.fileName}</span>
          </h3>
          <p class="op-help">
            ClaimLens does not recognise these column names. Choose which column holds what; only the text is required.
            {position && <> · File {position}</>}
          </p>
        </div>
      </header>
      <div class="op-mapper-fields">
        {FIELDS.map((field) => {
          const how = csv.suggestion.how[field];
          const id = `op-map-${field}`;
          return (
            <div class="op-field" key={field}>
              <label for={id}>
                {FIELD_LABELS[field]}
                {field === 'text' && <span class="op-required"> (required)</span>}
              </label>
              <select
                id={id}
                data-field={field}
                value={mapping[field] === null ? '' : String(mapping[field])}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setMapping((m) => ({ ...m, [field]: v === '' ? null : Number(v) }));
                }}
              >
                <option value="">— none —</option>
                {csv.headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h.trim() || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
              {how && mapping[field] === csv.suggestion.mapping[field] && mapping[field] !== null && (
                <span class="op-hint">Suggested {HOW_TEXT[how]}</span>
              )}
            </div>
          );
        })}
      </div>
      <div class="op-table-wrap">
        <table class="op-table op-table-compact">
          <caption class="op-visually-hidden">First rows of {csv.fileName}</caption>
          <thead>
            <tr>
              {csv.headers.map((h, i) => {
                const role = roleOf(i);
                return (
                  <th key={i} scope="col" class={role ? 'op-mapped' : 'op-unmapped'}>
                    <span class="op-role">{role ? FIELD_LABELS[role] : 'not used'}</span>
                    <span class="op-colname">{h.trim() || `Column ${i + 1}`}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => (
              <tr key={ri}>
                {csv.headers.map((_, ci) => (
                  <td key={ci} class={roleOf(ci) ? '' : 'op-dim'}>
                    {cellPreview(r[ci])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="op-help">
        {csv.rows.length.toLocaleString('en-US')} row{csv.rows.length === 1 ? '' : 's'} in the file.
      </p>
      {problems.length > 0 && (
        <ul class="op-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div class="op-form-actions">
        <button type="button" class="op-btn" onClick={onSkip}>
          Skip this file
        </button>
        <button type="button" class="op-btn op-btn-primary" disabled={problems.length > 0} onClick={() => onConfirm(mapping)}>
          Use these columns
        </button>
      </div>
    </section>
  );
}
