import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../utils/options/api';
import { readSettings } from '../../utils/settings';
import { friendlyError, withRetry } from '../../utils/options/commit';
import { downloadText, packFileName, packJson } from '../../utils/options/download';
import { reanalyseImported } from '../../utils/options/reanalyse';
import { describeSummary } from '../../utils/options/queue';
import { ConfirmDialog } from './Dialog';
import { ImportProgress } from './ImportProgress';
import { ClaimFeaturesStatus } from './ClaimFeaturesStatus';

/** Props of {@link ExportReset}. */
export interface ExportResetProps {
  importedCount: number;
  onChanged: () => void;
  onMessage: (message: string) => void;
}

/** Backup and maintenance: export the whole library as a pack, re-analyse imports, reset to the seeds. */
export function ExportReset({ importedCount, onChanged, onMessage }: ExportResetProps) {
  const [confirmReset, setConfirmReset] = useState(false);
  const [confirmReanalyse, setConfirmReanalyse] = useState(false);
  const [busy, setBusy] = useState<null | 'export' | 'reset' | 'reanalyse' | 'remine'>(null);
  const [elapsed, setElapsed] = useState(0);

  // A re-mine is one background transaction with no steps to count: the page shows how long it has run.
  useEffect(() => {
    if (busy !== 'remine') return;
    const started = Date.now();
    setElapsed(0);
    const timer = setInterval(() => setElapsed(Math.round((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [busy]);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState<string | null>(null);
  // The outcome of the last action describes the library as it was then: an import since (more articles) makes it
  // stale ("Library reset: 5 seed articles" under a library of 300), so it goes.
  const lastCount = useRef(importedCount);
  useEffect(() => {
    if (importedCount > lastCount.current) setResult(null);
    lastCount.current = importedCount;
  }, [importedCount]);

  const exportAll = async () => {
    setBusy('export');
    try {
      // A backup carries the user's settings and mutes too: restoring it gives back exactly this state.
      const pack = { ...(await api.exportPack()), settings: await readSettings() };
      downloadText(packFileName(new Date()), packJson(pack));
      onMessage(`Exported ${pack.articles.length} articles as a pack.`);
    } catch (err) {
      onMessage(`Export failed: ${friendlyError(err)}`);
    } finally {
      setBusy(null);
    }
  };

  const reset = async () => {
    setBusy('reset');
    try {
      const stats = await api.resetToSeeds();
      setResult(`Library reset: ${stats.articles} seed articles from ${stats.outlets} outlets.`);
      onChanged();
    } catch (err) {
      setResult(`Reset failed: ${friendlyError(err)}`);
    } finally {
      setBusy(null);
      setConfirmReset(false);
    }
  };

  const remine = async () => {
    setBusy('remine');
    try {
      const stats = await api.recomputeTopics();
      setResult(`Topics re-mined: ${stats.topics.toLocaleString('en-US')} topics over ${stats.articles.toLocaleString('en-US')} articles.`);
      onChanged();
    } catch (err) {
      setResult(`Re-mining stopped: ${friendlyError(err)}`);
    } finally {
      setBusy(null);
    }
  };

  const reanalyse = async () => {
    setConfirmReanalyse(false);
    setBusy('reanalyse');
    try {
      // Each batch is one background transaction, resent after a lost reply (re-analysing twice is harmless).
      const r = await reanalyseImported(
        { ...api, reanalyse: (ids: string[]) => withRetry(() => api.reanalyse(ids)) },
        { onProgress: setProgress },
      );
      setResult(
        `Re-analysed: ${describeSummary(r)}${r.restored ? ` · ${r.restored} kept unchanged (the engine refused them now)` : ''}.`,
      );
      onChanged();
    } catch (err) {
      setResult(`Re-analysis stopped: ${friendlyError(err)}`);
      onChanged();
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="op-card op-maintenance" aria-labelledby="op-maint-title">
      <h3 id="op-maint-title" class="op-h3">
        Backup &amp; reset
      </h3>
      <div class="op-maint-grid">
        <div>
          <p class="op-maint-label">Export the whole library</p>
          <p class="op-help">A ClaimLens pack (.json) with every article, claim and outlet. Import it here again to restore.</p>
          <button type="button" class="op-btn" onClick={() => void exportAll()} disabled={!!busy} data-testid="export-all">
            {busy === 'export' ? 'Exporting…' : 'Export library'}
          </button>
        </div>
        <div>
          <p class="op-maint-label">Re-analyse imported articles</p>
          <p class="op-help">
            Runs the current claim engine again over your {importedCount.toLocaleString('en-US')} imported articles (seeds are
            refreshed with each update). Edited titles, outlets and dates are kept.
          </p>
          <button type="button" class="op-btn" onClick={() => setConfirmReanalyse(true)} disabled={!!busy || importedCount === 0}>
            {busy === 'reanalyse' ? 'Re-analysing…' : 'Re-analyse everything'}
          </button>
        </div>
        <div>
          <p class="op-maint-label">Re-mine topics</p>
          <p class="op-help">
            Imports add topics as they go. This counts every topic again over the whole library, as an engine update does
            (labels may change, topics few outlets still share are dropped).
          </p>
          <button type="button" class="op-btn" onClick={() => void remine()} disabled={!!busy} data-testid="remine-topics">
            {busy === 'remine' ? `Re-mining topics… ${elapsed} s` : 'Re-mine topics'}
          </button>
        </div>
        <div>
          <p class="op-maint-label">Reset to the seed corpus</p>
          <p class="op-help">Removes every imported article and edit, then loads the five seed articles again.</p>
          <button type="button" class="op-btn op-btn-danger" onClick={() => setConfirmReset(true)} disabled={!!busy} data-testid="reset-open">
            Reset…
          </button>
        </div>
      </div>
      <ClaimFeaturesStatus load={api.featureProgress} />
      {busy === 'reanalyse' && <ImportProgress label="Re-analysing imported articles" done={progress.done} total={progress.total} />}
      {result && (
        <p class="op-notice" role="status">
          {result}
        </p>
      )}
      <ConfirmDialog
        open={confirmReset}
        title="Reset to the seed corpus?"
        message={
          <p>
            This deletes all {importedCount.toLocaleString('en-US')} imported articles and your outlet edits. Export the library first
            if you may want them back. Settings are kept.
          </p>
        }
        confirmLabel="Reset library"
        danger
        busy={busy === 'reset'}
        onConfirm={() => void reset()}
        onCancel={() => setConfirmReset(false)}
      />
      <ConfirmDialog
        open={confirmReanalyse}
        title="Re-analyse imported articles?"
        message={
          <p>
            Each article is taken out and imported again through the current engine, 25 at a time; any article the engine now
            refuses is put back unchanged. Keep this page open until it finishes.
          </p>
        }
        confirmLabel="Re-analyse"
        onConfirm={() => void reanalyse()}
        onCancel={() => setConfirmReanalyse(false)}
      />
    </section>
  );
}
