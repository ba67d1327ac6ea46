import { useState } from 'preact/hooks';
import type { ImportItem } from '../../utils/messages';
import { checkDate } from '../../utils/options/preview';
import { MAX_TEXT_CHARS } from '../../utils/options/limits';

/** Props of {@link PasteForm}. */
export interface PasteFormProps {
  onSubmit: (item: ImportItem) => void;
  disabled?: boolean;
}

/** Pasted article text with optional outlet, title, date and URL. Goes to the preview like a file. */
export function PasteForm({ onSubmit, disabled }: PasteFormProps) {
  const [text, setText] = useState('');
  const [outlet, setOutlet] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const problem = !text.trim()
      ? 'Paste the article text first.'
      : text.length > MAX_TEXT_CHARS
        ? `The text is over ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters.`
        : checkDate(date) ?? (url.trim() && !/^https?:\/\/\S+$/i.test(url.trim()) ? 'The URL must start with http:// or https://' : null);
    setError(problem);
    if (problem) return;
    onSubmit({
      name: title.trim() ? `pasted text “${title.trim()}”` : 'pasted text',
      text,
      format: 'text',
      title: title.trim() || null,
      outlet: outlet.trim() || null,
      published: date.trim() || null,
      url: url.trim() || null,
    });
    setText('');
    setTitle('');
    setUrl('');
  };

  return (
    <form class="op-form op-paste" onSubmit={submit} aria-labelledby="op-paste-title">
      <h3 id="op-paste-title" class="op-h3">
        Paste an article
      </h3>
      <div class="op-grid-2">
        <label class="op-field">
          <span>Outlet</span>
          <input value={outlet} onInput={(e) => setOutlet(e.currentTarget.value)} placeholder="e.g. Harbor City Ledger" />
        </label>
        <label class="op-field">
          <span>Date</span>
          <input value={date} onInput={(e) => setDate(e.currentTarget.value)} placeholder="YYYY-MM-DD" inputMode="numeric" />
        </label>
        <label class="op-field">
          <span>Title</span>
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder="First line if empty" />
        </label>
        <label class="op-field">
          <span>URL</span>
          <input value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://…" type="url" />
        </label>
      </div>
      <label class="op-field">
        <span>Text</span>
        <textarea value={text} onInput={(e) => setText(e.currentTarget.value)} rows={7} placeholder="Paste the article’s text here" />
      </label>
      {error && (
        <p class="op-error-text" role="alert">
          {error}
        </p>
      )}
      <div class="op-form-actions">
        <button type="submit" class="op-btn op-btn-primary" disabled={disabled}>
          Preview
        </button>
      </div>
    </form>
  );
}
