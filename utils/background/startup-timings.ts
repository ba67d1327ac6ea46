/**
 * What a waking service worker spends before its first answer (issue 10, cold badge): each phase's first time, in
 * ms since the worker started (`performance.now()`), kept on `globalThis.__claimlensStartup` where the browser
 * bench reads it over CDP. First occurrence only: later pages are warm and do not move the marks.
 */
const marks: Record<string, number> = {};
(globalThis as { __claimlensStartup?: Record<string, number> }).__claimlensStartup = marks;

/** Notes the first time phase `name` completed in this worker. */
export function markStartup(name: string): void {
  if (!(name in marks)) marks[name] = Math.round(performance.now() * 10) / 10;
}
