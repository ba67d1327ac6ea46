/**
 * The keyboard command (`commands` in the manifest, default Alt+Shift+L). A web page's tab order puts our
 * pill after every page link and we do not touch the page to change that, so the command is how a keyboard
 * user reaches ClaimLens: the background relays it to the active tab's content script, which focuses the pill.
 */
import type { ContentEnvelope } from '../messages';

/** The command's name in the manifest. */
export const FOCUS_COMMAND = 'focus-claimlens';

/** Sends a tab's content script the command; false when the tab has none (chrome:// page, paused site). */
export async function relayCommand(
  command: string,
  tabId: number | undefined,
  sendToTab: (tabId: number, message: ContentEnvelope<'content.command'>) => Promise<unknown> = (id, m) => browser.tabs.sendMessage(id, m),
): Promise<boolean> {
  if (command !== FOCUS_COMMAND || tabId === undefined) return false;
  try {
    const reply = (await sendToTab(tabId, { claimlensContent: 1, type: 'content.command', payload: { command } })) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/** The tab a command was pressed in: the one Chrome passes, else the active tab of the focused window. */
export async function commandTab(tab: { id?: number } | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id;
}
