import { useEffect, useState } from 'preact/hooks';
import type { ArticlePatch, ArticleSummary } from '../../utils/messages';
import { diffPatch } from '../../utils/options/library';
import { checkDate } from '../../utils/options/preview';
import { Dialog } from './Dialog';

/** Props of {@link ArticleEditor}. */
export interface ArticleEditorProps {
  article: ArticleSummary | null;
  outletNames: string[];
  onSave: (id: string, patch: ArticlePatch) => Promise<void>;
  onClose: () => void;
}

/** A small dialog to edit an article's title, outlet, date, URL and author. */
export function ArticleEditor({ article, outletNames, onSave, onClose }: ArticleEditorProps) {
  const [form, setForm] = useState({ title: '', outlet: '', date: '', url: '', author: '' });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (article) {
      setForm({
        title: article.title,
        outlet: article.outletName,
        date: article.published ?? '',
        url: article.url ?? '',
        author: article.author ?? '',
      });
      setError(null);
    }
  }, [article?.id]);

  const field = (key: keyof typeof form, label: string, extra: Record<string, string> = {}) => (
    <label class="op-field">
      <span>{label}</span>
      <input value={form[key]} onInput={(e) => setForm((f) => ({ ...f, [key]: e.currentTarget.value }))} {...extra} />
    </label>
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!article) return;
    const problem = !form.title.trim()
      ? 'The title cannot be empty.'
      : !form.outlet.trim()
        ? 'The outlet cannot be empty.'
        : checkDate(form.date) ?? (form.url.trim() && !/^https?:\/\/\S+$/i.test(form.url.trim()) ? 'The URL must start with http:// or https://' : null);
    if (problem) {
      setError(problem);
      return;
    }
    const patch = diffPatch(article, form);
    if (!Object.keys(patch).length) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      await onSave(article.id, patch);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={!!article} title="Edit article details" onClose={onClose}>
      <form class="op-form" onSubmit={(e) => void submit(e)}>
        {field('title', 'Title')}
        {field('outlet', 'Outlet', { list: 'op-outlet-names' })}
        <datalist id="op-outlet-names">
          {outletNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <div class="op-grid-2">
          {field('date', 'Date', { placeholder: 'YYYY-MM-DD' })}
          {field('author', 'Author')}
        </div>
        {field('url', 'URL', { type: 'url', placeholder: 'https://…' })}
        <p class="op-help">A new outlet name moves the article and its claims to that outlet.</p>
        {error && (
          <p class="op-error-text" role="alert">
            {error}
          </p>
        )}
        <div class="op-dialog-actions">
          <button type="button" class="op-btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" class="op-btn op-btn-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
