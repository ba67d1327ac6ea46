import { describe, expect, it } from 'vitest';
import { planBrowserInstall, type BrowserNeed } from '../../../test/e2e/browsers';

const chromium: BrowserNeed = { name: 'Chromium', path: '/usr/bin/chromium', aptPackage: 'chromium' };
const firefox: BrowserNeed = { name: 'Firefox ESR', path: '/usr/bin/firefox-esr', aptPackage: 'firefox-esr' };

describe('planBrowserInstall', () => {
  it('does nothing when both browsers are there', () => {
    expect(planBrowserInstall([], { isRoot: false, sudoWorks: false, hasAptGet: true })).toEqual({ kind: 'nothing' });
  });
  it('as root runs apt-get directly, both packages in one install', () => {
    const plan = planBrowserInstall([chromium, firefox], { isRoot: true, sudoWorks: false, hasAptGet: true });
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.commands[0]).toEqual(['apt-get', 'update', '-qq']);
    expect(plan.commands[1].slice(-2)).toEqual(['chromium', 'firefox-esr']);
    expect(plan.commands[1]).toContain('-y');
  });
  it('as a user with password-less sudo goes through sudo -n', () => {
    const plan = planBrowserInstall([firefox], { isRoot: false, sudoWorks: true, hasAptGet: true });
    expect(plan.kind === 'install' && plan.commands.every((c) => c[0] === 'sudo' && c[1] === '-n')).toBe(true);
  });
  it('otherwise stops with the exact command to run', () => {
    const plan = planBrowserInstall([chromium], { isRoot: false, sudoWorks: false, hasAptGet: true });
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });
  it('names the browsers and the overrides when there is no apt-get', () => {
    const plan = planBrowserInstall([chromium, firefox], { isRoot: true, sudoWorks: false, hasAptGet: false });
    expect(plan.kind === 'stop' && plan.message).toMatch(/Chromium \(\/usr\/bin\/chromium\) and Firefox ESR.*CLAIMLENS_CHROMIUM/s);
  });
});
