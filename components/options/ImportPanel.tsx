import { useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusPack } from '../../utils/engine/types';
import type { ImportItem, ImportOutcome } from '../../utils/messages';
import { api } from '../../utils/options/api';
import type { ColumnMapping } from '../../utils/options/columns';
import { readFiles } from '../../utils/options/files';
import { createImportRunner, type ImportRunner } from '../../utils/options/import-client';
import { applyMapping, type PendingCsv, type PreparedItem } from '../../utils/options/columns';
import type { ParsedPack, Source } from '../../utils/options/pipeline';
import {
  duplicateQuery,
  markDuplicates,
  packSubset,
  rowProblem,
  keepsAnalysis,
  rowToImportItem,
  type PreviewRow,
} from '../../utils/options/preview';
import { ANALYSED_BATCH_SIZE, chunk, DEFAULT_BATCH_SIZE } from '../../utils/options/queue';
import { commitJob, friendlyError, withRetry, type JobBatch } from '../../utils/options/commit';
import type { InterruptedImport } from '../../utils/messages';
import { updateSettings, validSettings } from '../../utils/settings';
import { ColumnMapper } from './ColumnMapper';
import { FileDrop } from './FileDrop';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { ImportReport, ProblemList } from './ImportReport';
import { PasteForm } from './PasteForm';
import { UrlImport } from './UrlImport';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  /** Called after anything was written, so the page can refresh counts. */
  onImported: () => void;
  onShowLibrary: () => void;
}

type Phase = 'idle' | 'reading' | 'parsing' | 'mapping' | 'analysing' | 'checking' | 'preview' | 'committing' | 'done';

const PHASE_LABEL: Partial<Record<Phase, string>> = {
  reading: 'Reading files',
  parsing: 'Reading articles',
  analysing: 'Finding claims for the preview',
  checking: 'Checking for duplicates',
  committing: 'Importing',
};

/** The message of an error for the user (never the browser's raw transport wording). */
const messageOf = (err: unknown) => friendlyError(err);
/** Pack articles (and analysed rows) per message: a 10,000-article pack goes in resumable steps. */
const PACK_BATCH_SIZE = ANALYSED_BATCH_SIZE;
/** A unique job id for one import. */
const newJobId = () => (globalThis.crypto?.randomUUID?.() ?? `job-${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * Import: files (drop, picker, folder), pasted text or a URL → (column mapping for unknown CSVs) → preview
 * with edits and checkboxes → commit in batches → report. Parsing and analysis run in a worker with
 * progress and Cancel; nothing is written before the user clicks Import.
 */
export function ImportPanel({ onImported, onShowLibrary }: ImportPanelProps) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [cancelling, setCancelling] = useState(false);
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [mappingQueue, setMappingQueue] = useState<PendingCsv[]>([]);
  const [mappingTotal, setMappingTotal] = useState(0);
  const [duplicatesChecked, setDuplicatesChecked] = useState(true);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [notSent, setNotSent] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [interrupted, setInterrupted] = useState<InterruptedImport[]>([]);

  const runner = useRef<ImportRunner | null>(null);
  const controller = useRef<AbortController | null>(null);
  const packs = useRef(new Map<string, ParsedPack>());
  const waitingItems = useRef<PreparedItem[]>([]);
  const waitingPackRows = useRef<PreviewRow[]>([]);
  const rowsRef = useRef<PreviewRow[]>([]);
  rowsRef.current = rows;

  useEffect(() => {
    runner.current = createImportRunner();
    // An import this page (or an earlier one) left unfinished: say exactly what the database holds of it.
    void withRetry(() => api.interruptedImports()).then(setInterrupted, () => undefined);
    return () => runner.current?.dispose();
  }, []);

  const forgetInterrupted = (id: string) => {
    setInterrupted((list) => list.filter((j) => j.id !== id));
    void api.forgetImport(id).catch(() => undefined);
  };

  const busy = phase !== 'idle' && phase !== 'preview' && phase !== 'done';
  const addProblems = (more: string[]) => more.length && setProblems((p) => [...p, ...more]);
  const startFresh = () => {
    if (phase === 'done') {
      setOutcomes([]);
      setNotSent(0);
    }
    // The problem list belongs to the current pick: problems of earlier picks do not pile up.
    setProblems([]);
    setNotice(null);
  };
  const backToRest = () => setPhase(rowsRef.current.length ? 'preview' : 'idle');

  /** Files picked or dropped: check and read them, then parse. */
  const onFiles = async (files: File[]) => {
    startFresh();
    const ctl = new AbortController();
    controller.current = ctl;
    setPhase('reading');
    setProgress({ done: 0, total: files.length });
    const read = await readFiles(files, { signal: ctl.signal, onProgress: (done, total) => setProgress({ done, total }) });
    if (ctl.signal.aborted) {
      cancelled('Reading was cancelled');
      return;
    }
    addProblems(read.errors);
    await ingest(read.sources);
  };

  /** Pasted text or a fetched page: straight to parsing. */
  const onItem = (item: ImportItem, fileName: string) => {
    startFresh();
    void ingest([{ kind: 'item', fileName, item }]);
  };

  const cancelled = (what: string) => {
    setCancelling(false);
    waitingItems.current = [];
    waitingPackRows.current = [];
    setNotice(`${what}: nothing from it was added to the preview, and nothing was written.`);
    backToRest();
  };

  /** Step 1 (worker): sources → items, packs, CSVs to map. */
  const ingest = async (sources: Source[]) => {
    if (!sources.length) {
      backToRest();
      return;
    }
    setPhase('parsing');
    setProgress({ done: 0, total: 0 });
    try {
      const parsed = await runner.current!.parse(sources);
      for (const p of parsed.packs) packs.current.set(p.key, p);
      waitingItems.current.push(...parsed.items);
      waitingPackRows.current.push(...parsed.packRows);
      addProblems(parsed.errors);
      if (parsed.pendingCsv.length) {
        setMappingQueue(parsed.pendingCsv);
        setMappingTotal(parsed.pendingCsv.length);
        setPhase('mapping');
        return;
      }
      await analyse();
    } catch (err) {
      addProblems([`Could not read the files: ${messageOf(err)}`]);
      backToRest();
    }
  };

  /** The mapping step answered for the first CSV in the queue. */
  const onMapped = (mapping: ColumnMapping | null) => {
    const [csv, ...rest] = mappingQueue;
    if (csv) {
      if (mapping) {
        const { items, errors } = applyMapping(csv, mapping);
        waitingItems.current.push(...items);
        addProblems(errors);
      } else {
        addProblems([`${csv.fileName}: skipped (no columns chosen)`]);
      }
    }
    setMappingQueue(rest);
    if (!rest.length) void analyse();
  };

  /** Step 2 (worker): items → preview rows; then the duplicate check. */
  const analyse = async () => {
    const items = waitingItems.current;
    const packRows = waitingPackRows.current;
    waitingItems.current = [];
    waitingPackRows.current = [];
    const ctl = new AbortController();
    controller.current = ctl;
    let fresh: PreviewRow[] = [...packRows];
    if (items.length) {
      setPhase('analysing');
      setProgress({ done: 0, total: items.length });
      try {
        const result = await runner.current!.analyse(items, setProgress, ctl.signal);
        if (result.cancelled || ctl.signal.aborted) {
          cancelled(`Cancelled after ${result.processed.toLocaleString('en-US')} of ${items.length.toLocaleString('en-US')} articles`);
          return;
        }
        fresh = [...fresh, ...result.rows];
        addProblems(result.errors);
      } catch (err) {
        addProblems([`The preview failed: ${messageOf(err)}`]);
        backToRest();
        return;
      }
    }
    if (!fresh.length) {
      backToRest();
      return;
    }
    setPhase('checking');
    const all = [...rowsRef.current, ...fresh];
    try {
      const q = duplicateQuery(all);
      const existing = await api.checkDuplicates(q.ids, q.urls);
      setRows(markDuplicates(all, existing));
      setDuplicatesChecked(true);
    } catch {
      setRows(markDuplicates(all, { ids: [], urls: [] }));
      setDuplicatesChecked(false);
    }
    setPhase('preview');
  };

  const cancel = () => {
    setCancelling(true);
    controller.current?.abort();
  };

  const update = (fn: (r: PreviewRow) => PreviewRow, keys?: Set<string>) =>
    setRows((rs) => rs.map((r) => (!keys || keys.has(r.key) ? fn(r) : r)));

  /** Writes the selected rows: items in batches of 50, then each pack's selected part. */
  const commit = async () => {
    const chosen = rowsRef.current.filter((r) => r.selected && rowProblem(r) === null);
    // Unedited rows carry the preview's analysis and are stored as analysed; edited ones are analysed again.
    const analysed = chosen.filter(keepsAnalysis);
    const items = chosen.filter((r) => r.kind === 'item' && !keepsAnalysis(r)).map(rowToImportItem);
    const packKeys = [...new Set(chosen.filter((r) => r.kind === 'pack').map((r) => r.packKey!))];
    const total = chosen.length;
    const ctl = new AbortController();
    controller.current = ctl;
    setPhase('committing');
    setProgress({ done: 0, total });
    const fileNames = [...new Set(chosen.map((r) => r.fileName))];
    const label = fileNames.length > 1 ? `${fileNames[0]} and ${fileNames.length - 1} more` : (fileNames[0] ?? 'import');
    // One job: analysed rows in batches of ANALYSED_BATCH_SIZE, edited items in batches of 50, then each pack's
    // chosen articles in batches of the same size. Each batch updates topics for what it adds, in its own transaction (incremental).
    const batches: JobBatch[] = chunk(analysed, PACK_BATCH_SIZE).map((batch) => ({
      names: batch.map((r) => r.name),
      send: (job) =>
        api.importAnalysed(
          batch.map((r) => ({ name: r.name, explicitOutlet: typeof r.item?.outlet === 'string' && !!r.item.outlet.trim(), ...r.analysis! })),
          job,
        ),
    }));
    for (const batch of chunk(items, DEFAULT_BATCH_SIZE)) {
      batches.push({ names: batch.map((i) => i.name), send: (job, { lastOfJob }) => api.importItems(batch, !lastOfJob, job) });
    }
    for (const key of packKeys) {
      const parsed = packs.current.get(key);
      if (!parsed) continue;
      for (const part of chunk(chosen.filter((r) => r.packKey === key), PACK_BATCH_SIZE)) {
        batches.push({
          names: part.map((r) => r.name),
          send: (job, { lastOfJob }) => api.importPack(packSubset(parsed.pack, part), parsed.fileName, job, !lastOfJob),
        });
      }
    }
    const jobId = newJobId();
    const result = await commitJob(batches, {
      jobId,
      label,
      signal: ctl.signal,
      onProgress: (p) => setProgress({ done: p.done, total }),
      recover: (job, from, to) => api.importOutcomes(job, from, to),
    });
    const all = [...result.outcomes];
    const unsent = result.notSent;
    void api.forgetImport(jobId).catch(() => undefined); // reported below: no "interrupted import" notice for it
    // A backup's settings and mutes come back with it (only when it was imported, not cancelled).
    for (const key of packKeys) {
      const settings = validSettings((packs.current.get(key)?.pack as { settings?: unknown } | undefined)?.settings);
      if (Object.keys(settings).length && !result.cancelled) await updateSettings(settings).catch(() => undefined);
    }
    setCancelling(false);
    setOutcomes(all);
    setNotSent(unsent);
    setRows([]);
    packs.current.clear();
    setPhase('done');
    if (all.some((o) => o.status === 'imported')) onImported();
  };

  const discard = () => {
    setRows([]);
    packs.current.clear();
    setProblems([]);
    setNotice(null);
    setPhase('idle');
  };

  const importMore = () => {
    setOutcomes([]);
    setNotSent(0);
    setProblems([]);
    setNotice(null);
    setPhase('idle');
  };

  const canAdd = phase === 'idle' || phase === 'preview' || phase === 'done';
  const label = PHASE_LABEL[phase];

  return (
    <div class="op-panel-body op-import">
      <p class="op-lede">
        Add articles from other outlets so ClaimLens can contrast what they claim. Everything stays in this browser; you see a
        preview before anything is saved.
      </p>

      {phase !== 'preview' && phase !== 'done' && phase !== 'mapping' && (
        <div class="op-import-sources">
          <FileDrop onFiles={(f) => void onFiles(f)} disabled={!canAdd} />
          <div class="op-import-side">
            <PasteForm onSubmit={(item) => onItem(item, item.name)} disabled={!canAdd} />
            <UrlImport onItem={(item, host) => onItem(item, host)} disabled={!canAdd} />
          </div>
        </div>
      )}

      {label && (
        <ImportProgress
          label={label}
          done={progress.done}
          total={phase === 'parsing' || phase === 'checking' ? 0 : progress.total}
          onCancel={phase === 'reading' || phase === 'analysing' || phase === 'committing' ? cancel : undefined}
          cancelling={cancelling}
        />
      )}

      {notice && (
        <p class="op-notice" role="status">
          {notice}
        </p>
      )}

      {phase === 'mapping' && mappingQueue[0] && (
        <ColumnMapper
          key={mappingQueue[0].fileName}
          csv={mappingQueue[0]}
          position={mappingTotal > 1 ? `${mappingTotal - mappingQueue.length + 1} of ${mappingTotal}` : undefined}
          onConfirm={(m) => onMapped(m)}
          onSkip={() => onMapped(null)}
        />
      )}

      {interrupted.map((j) => (
        <div class="op-notice op-interrupted" role="status" key={j.id}>
          <p>
            An import of “{j.label}” stopped before it finished (the options page was closed or ClaimLens was restarted):{' '}
            {j.imported.toLocaleString('en-US')} of {j.total.toLocaleString('en-US')} articles were stored and are searchable
            {j.duplicates ? `, ${j.duplicates.toLocaleString('en-US')} were duplicates` : ''}
            {j.errors ? `, ${j.errors.toLocaleString('en-US')} had errors` : ''}. Import the same files again to add the rest: the
            stored ones are skipped as duplicates.
          </p>
          <button type="button" class="op-btn" onClick={() => forgetInterrupted(j.id)}>
            Dismiss
          </button>
        </div>
      ))}

      <ProblemList problems={problems} />

      {phase === 'preview' && (
        <>
          <ImportPreview
            rows={rows}
            duplicatesChecked={duplicatesChecked}
            onToggle={(key, selected) => update((r) => ({ ...r, selected }), new Set([key]))}
            onSelectAll={(selected, keys) => update((r) => ({ ...r, selected }), new Set(keys))}
            onEdit={(key, field, value) => update((r) => ({ ...r, [field]: value }), new Set([key]))}
            onCommit={() => void commit()}
            onDiscard={discard}
          />
          <details class="op-card op-add-more">
            <summary>Add more files to this preview</summary>
            <FileDrop onFiles={(f) => void onFiles(f)} />
          </details>
        </>
      )}

      {phase === 'done' && (
        <ImportReport outcomes={outcomes} notSent={notSent} onShowLibrary={onShowLibrary} onImportMore={importMore} />
      )}
    </div>
  );
}
