import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Outlet } from '../../utils/engine/types';
import type { Facets } from '../../utils/messages';
import { api } from '../../utils/options/api';
import { fold } from '../../utils/options/library';
import { addSite, normaliseSite, toggleIn } from '../../utils/options/settings-form';
import {
  DEFAULT_SETTINGS,
  readSettings,
  settingsItem,
  updateSettings,
  type HighlightStyle,
  type Sensitivity,
  type Settings,
  type SettingsPatch,
} from '../../utils/settings';

/** Props of {@link SettingsPanel}. */
export interface SettingsPanelProps {
  active: boolean;
  version: number;
}

const SENSITIVITY: { value: Sensitivity; label: string; help: string }[] = [
  { value: 'low', label: 'Low', help: 'Only pages clearly about a topic in your library.' },
  { value: 'medium', label: 'Medium', help: 'The default: pages that discuss a topic at some length.' },
  { value: 'high', label: 'High', help: 'Any page that mentions a topic, even in passing.' },
];
const HIGHLIGHT: { value: HighlightStyle; label: string; help: string }[] = [
  { value: 'underline', label: 'Underline', help: 'A dotted line under sentences with contrasts.' },
  { value: 'background', label: 'Background', help: 'A soft colour behind those sentences.' },
  { value: 'off', label: 'Off', help: 'No highlights; the card still opens from the toolbar icon.' },
];

/** Every setting, saved as soon as it changes (WXT storage), and kept in step with other open pages. */
export function SettingsPanel({ active, version }: SettingsPanelProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const [outlets, setOutlets] = useState<Outlet[]>([]);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [topicFilter, setTopicFilter] = useState('');

  useEffect(() => {
    void readSettings().then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    const unwatch = settingsItem.watch((s) => setSettings({ ...DEFAULT_SETTINGS, ...(s ?? {}) }));
    return unwatch;
  }, []);
  useEffect(() => {
    if (!active) return;
    api.listOutlets().then(setOutlets, () => setOutlets([]));
    api.facets().then(setFacets, () => setFacets(null));
  }, [active, version]);

  /** Shows the change at once, then writes it; list edits are functions of the stored settings (see SettingsPatch). */
  const save = async (patch: SettingsPatch) => {
    setSettings((s) => ({ ...s, ...(typeof patch === 'function' ? patch(s) : patch) }));
    try {
      setSettings(await updateSettings(patch));
      setStatus('Saved');
    } catch (err) {
      setStatus(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const addPausedSite = (e: Event) => {
    e.preventDefault();
    const r = normaliseSite(site);
    if ('error' in r) {
      setSiteError(r.error);
      return;
    }
    setSiteError(null);
    setSite('');
    void save((cur) => ({ pausedSites: addSite(cur.pausedSites, r.host) }));
  };

  const topics = useMemo(() => {
    const f = fold(topicFilter.trim());
    return (facets?.topics ?? []).filter((t) => !f || fold(t.label).includes(f));
  }, [facets, topicFilter]);
  const topicLabel = (id: string) => facets?.topics.find((t) => t.id === id)?.label ?? id;

  return (
    <div class="op-panel-body op-settings" aria-busy={!loaded}>
      <p class="op-status" role="status" aria-live="polite">
        {status}
      </p>

      <section class="op-card" aria-labelledby="op-set-where">
        <h3 id="op-set-where" class="op-h3">
          Where ClaimLens works
        </h3>
        <label class="op-switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.pausedEverywhere}
            onChange={(e) => void save({ pausedEverywhere: e.currentTarget.checked })}
          />
          <span class="op-switch-track" aria-hidden="true" />
          <span>
            <strong>Pause everywhere</strong>
            <span class="op-help op-block">No highlights or cards on any site until you turn this off.</span>
          </span>
        </label>
        <form class="op-inline op-site-form" onSubmit={addPausedSite}>
          <label class="op-field op-grow">
            <span>Pause on a site</span>
            <input value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder="example.com or a page address" aria-describedby="op-site-help" />
          </label>
          <button type="submit" class="op-btn">
            Add
          </button>
        </form>
        <p id="op-site-help" class="op-help">
          Pausing a site also pauses its subdomains.
        </p>
        {siteError && (
          <p class="op-error-text" role="alert">
            {siteError}
          </p>
        )}
        {settings.pausedSites.length ? (
          <ul class="op-list" aria-label="Paused sites">
            {settings.pausedSites.map((s) => (
              <li key={s} class="op-list-item">
                <span>{s}</span>
                <button
                  type="button"
                  class="op-btn op-btn-small op-btn-ghost"
                  aria-label={`Resume on ${s}`}
                  onClick={() => void save((cur) => ({ pausedSites: cur.pausedSites.filter((x) => x !== s) }))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="op-help">No paused sites.</p>
        )}
      </section>

      <section class="op-card" aria-labelledby="op-set-look">
        <h3 id="op-set-look" class="op-h3">
          Matching and highlights
        </h3>
        <div class="op-grid-2">
          <fieldset class="op-fieldset op-radios">
            <legend>Sensitivity</legend>
            {SENSITIVITY.map((o) => (
              <label key={o.value} class="op-radio">
                <input
                  type="radio"
                  name="sensitivity"
                  value={o.value}
                  checked={settings.sensitivity === o.value}
                  onChange={() => void save({ sensitivity: o.value })}
                />
                <span>
                  <strong>{o.label}</strong>
                  <span class="op-help op-block">{o.help}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset class="op-fieldset op-radios">
            <legend>Highlight style</legend>
            {HIGHLIGHT.map((o) => (
              <label key={o.value} class="op-radio">
                <input
                  type="radio"
                  name="highlight"
                  value={o.value}
                  checked={settings.highlightStyle === o.value}
                  onChange={() => void save({ highlightStyle: o.value })}
                />
                <span>
                  <strong>
                    {o.label} <span class={`op-hl-sample op-hl-${o.value}`}>sample sentence</span>
                  </strong>
                  <span class="op-help op-block">{o.help}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
      </section>

      <section class="op-card" aria-labelledby="op-set-outlets">
        <h3 id="op-set-outlets" class="op-h3">
          Outlets shown on cards
        </h3>
        <p class="op-help">Unticked outlets are muted: their claims are left out of cards and searches.</p>
        {outlets.length ? (
          <ul class="op-check-grid" aria-labelledby="op-set-outlets">
            {outlets.map((o) => (
              <li key={o.id}>
                <label class="op-check">
                  <input
                    type="checkbox"
                    checked={!settings.mutedOutlets.includes(o.id)}
                    onChange={(e) => {
                      const on = !e.currentTarget.checked;
                      void save((cur) => ({ mutedOutlets: toggleIn(cur.mutedOutlets, o.id, on) }));
                    }}
                  />
                  <span>{o.name}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p class="op-help">No outlets yet.</p>
        )}
      </section>

      <section class="op-card" aria-labelledby="op-set-topics">
        <h3 id="op-set-topics" class="op-h3">
          Muted topics
        </h3>
        <p class="op-help">Muted topics are never matched on pages.</p>
        {settings.mutedTopics.length > 0 && (
          <ul class="op-chips op-chips-removable" aria-label="Muted topics">
            {settings.mutedTopics.map((id) => (
              <li key={id} class="op-chip">
                {topicLabel(id)}
                <button
                  type="button"
                  class="op-chip-x"
                  aria-label={`Unmute ${topicLabel(id)}`}
                  onClick={() => void save((cur) => ({ mutedTopics: cur.mutedTopics.filter((x) => x !== id) }))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {facets && facets.topics.length > 0 ? (
          <>
            <label class="op-field">
              <span>Find a topic</span>
              <input type="search" value={topicFilter} onInput={(e) => setTopicFilter(e.currentTarget.value)} placeholder="e.g. ISIS" />
            </label>
            <ul class="op-check-grid op-scroll" aria-label="Topics">
              {topics.slice(0, 200).map((t) => (
                <li key={t.id}>
                  <label class="op-check">
                    <input
                      type="checkbox"
                      checked={settings.mutedTopics.includes(t.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        void save((cur) => ({ mutedTopics: toggleIn(cur.mutedTopics, t.id, on) }));
                      }}
                    />
                    <span>
                      {t.label} <span class="op-dim">({t.claims})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="op-help">The topic list appears once the library has topics.</p>
        )}
      </section>
    </div>
  );
}
