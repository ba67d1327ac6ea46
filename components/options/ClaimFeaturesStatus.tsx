import { useEffect, useState } from 'preact/hooks';
import type { FeatureProgress } from '../../utils/claim-features-store';
import { ImportProgress } from './ImportProgress';

/** Props of {@link ClaimFeaturesStatus}. */
export interface ClaimFeaturesStatusProps {
  /** Reads the migration's progress from the background (`features.progress`). */
  load: () => Promise<FeatureProgress>;
  /** How often to ask again while the migration runs. */
  pollMs?: number;
}

/**
 * The prepared-features migration as the options page shows it: after an engine update the background prepares every
 * claim again in batches ("1,250 of 26,536 claims"); matching works meanwhile, only slower. Polls until done. A topic
 * re-mine in the background (an update of the topic code, or the library's Re-mine) shows above it while it runs.
 */
export function ClaimFeaturesStatus({ load, pollMs = 1000 }: ClaimFeaturesStatusProps) {
  const [progress, setProgress] = useState<FeatureProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const p = await load();
        if (stopped) return;
        setProgress(p);
        // Under way: follow it closely; done: look again now and then, as imports and engine updates change it.
        timer = setTimeout(() => void tick(), p.finished ? pollMs * 5 : pollMs);
      } catch {
        // The background is restarting: ask again shortly.
        if (!stopped) timer = setTimeout(() => void tick(), pollMs);
      }
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [load, pollMs]);
  return <ClaimFeaturesProgress progress={progress} />;
}

/** The prepared claim features (one line when done, a bar under way), and a topic update while one runs. */
export function ClaimFeaturesProgress({ progress }: { progress: FeatureProgress | null }) {
  if (!progress) return null;
  return (
    <>
      {progress.topics && <TopicsUpdateProgress {...progress.topics} />}
      {progress.finished ? (
        <p class="op-help" data-testid="features-status">
          Matching data: all {progress.total.toLocaleString('en-US')} claims prepared for this engine version.
        </p>
      ) : (
        <div data-testid="features-status">
          <ImportProgress label="Preparing claims for the new engine version (pages still match meanwhile)" done={progress.done} total={progress.total} />
        </div>
      )}
    </>
  );
}

/** A topic re-mine under way (after an update, or asked for): what it does, its steps done of all, and that pages still match. */
function TopicsUpdateProgress({ step, steps, label }: { step: number; steps: number; label: string }) {
  return (
    <div data-testid="topics-status">
      <ImportProgress label={`Updating topics: ${label}`} done={step - 1} total={steps} />
      <p class="op-help">Pages are matched with the previous topics meanwhile.</p>
    </div>
  );
}
