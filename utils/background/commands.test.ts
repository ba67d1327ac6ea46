import { describe, expect, it, vi } from 'vitest';
import { FOCUS_COMMAND, relayCommand } from './commands';

describe('relayCommand (the keyboard shortcut, background side)', () => {
  it('sends the command to the tab’s content script and reports its answer', async () => {
    const sendToTab = vi.fn(async () => ({ ok: true }));
    expect(await relayCommand(FOCUS_COMMAND, 7, sendToTab)).toBe(true);
    expect(sendToTab).toHaveBeenCalledWith(7, { claimlensContent: 1, type: 'content.command', payload: { command: FOCUS_COMMAND } });
  });

  it('ignores other commands and tabs it cannot reach', async () => {
    const sendToTab = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await relayCommand('something-else', 7, sendToTab)).toBe(false);
    expect(await relayCommand(FOCUS_COMMAND, undefined, sendToTab)).toBe(false);
    expect(sendToTab).not.toHaveBeenCalled();
    expect(await relayCommand(FOCUS_COMMAND, 7, sendToTab)).toBe(false);
  });
});
