/**
 * What the card suites on a blind subject share (cards-acts.e2e.ts, cards-harm.e2e.ts): a session with the subject's
 * articles imported through the protocol, a fixture page opened with its topic's card placed, and the screenshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { card, openPlacedTopic, settleOverlay } from './overlay-driver';
import { RESULTS_DIR, importSubject, launchExtension, openFixturePage, type ExtensionSession } from './harness';

/** Registers a session for the suite with blind subject `name` imported (test/fixtures/subjects): call it at the top. */
export function subjectSession(name: string): () => ExtensionSession {
  let s: ExtensionSession | undefined;
  beforeAll(async () => {
    s = await launchExtension();
    await importSubject(s, name);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });
  return () => s!;
}

/** Opens fixture page `fixture` with reduced motion and topic `label`'s card placed beside its mention. */
export async function openCardOn(s: ExtensionSession, fixture: string, label: string): Promise<{ page: Page; errors: string[]; card: ReturnType<typeof card> }> {
  const { page, errors } = await openFixturePage(s, fixture);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openPlacedTopic(page, label);
  return { page, errors, card: card(page) };
}

/** A screenshot of the page with its card settled, as test-results/`png`. */
export async function shotCard(page: Page, png: string): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await settleOverlay(page);
  await page.screenshot({ path: path.join(RESULTS_DIR, png), animations: 'disabled' });
}
