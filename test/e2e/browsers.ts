/**
 * The browsers the end-to-end tests need, and how a fresh Debian machine gets them: when one is missing the
 * test setup installs Debian's package (`apt-get install -y` as root, `sudo -n apt-get …` otherwise) and says
 * so, or stops with the exact command to run when it cannot. `CLAIMLENS_BROWSER_SETUP=dry-run` prints the
 * plan without running it (how the missing-browser path is checked without uninstalling anything).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export const FIREFOX_PATH = process.env.CLAIMLENS_FIREFOX ?? '/usr/bin/firefox-esr';
/** Debian's Chromium (same default and override as harness.ts). */
export const CHROMIUM_BROWSER_PATH = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';

/** A browser the tests run, where they expect it and the Debian package that puts it there. */
export interface BrowserNeed {
  name: string;
  path: string;
  aptPackage: string;
}

/** Both browsers of the e2e suites, and the virtual display + screen grabber of the toolbar screenshot. */
export const BROWSERS: BrowserNeed[] = [
  { name: 'Chromium', path: CHROMIUM_BROWSER_PATH, aptPackage: 'chromium' },
  { name: 'Firefox ESR', path: FIREFOX_PATH, aptPackage: 'firefox-esr' },
  { name: 'Xvfb', path: '/usr/bin/Xvfb', aptPackage: 'xvfb' },
  { name: 'xwd', path: '/usr/bin/xwd', aptPackage: 'x11-apps' },
];

/** What the setup will do about missing browsers. */
export type InstallPlan =
  | { kind: 'nothing' }
  | { kind: 'install'; packages: string[]; commands: string[][]; display: string }
  | { kind: 'stop'; message: string };

/**
 * Decides how to get the missing browsers: as root run apt-get directly, with password-less sudo run it
 * through `sudo -n`, otherwise stop and name the command. Pure, so the decision is unit-tested.
 */
export function planBrowserInstall(missing: BrowserNeed[], env: { isRoot: boolean; sudoWorks: boolean; hasAptGet: boolean }): InstallPlan {
  if (missing.length === 0) return { kind: 'nothing' };
  const packages = [...new Set(missing.map((b) => b.aptPackage))];
  const userCommand = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  const what = missing.map((b) => `${b.name} (${b.path})`).join(' and ');
  if (!env.hasAptGet) {
    return { kind: 'stop', message: `${what} not found, and this is not a Debian/Ubuntu machine with apt-get: install ${packages.join(' ')} yourself, or point CLAIMLENS_CHROMIUM / CLAIMLENS_FIREFOX at them.` };
  }
  if (!env.isRoot && !env.sudoWorks) {
    return { kind: 'stop', message: `${what} not found and this user cannot install packages (not root, no password-less sudo). Run:\n  ${userCommand}\nthen \`npm test\` again.` };
  }
  const prefix = env.isRoot ? [] : ['sudo', '-n'];
  const commands = [
    [...prefix, 'apt-get', 'update', '-qq'],
    [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
  ];
  return { kind: 'install', packages, commands, display: commands.map((c) => c.join(' ')).join(' && ') };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function commandExists(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure both browsers are installed before the e2e run, installing what is missing (and saying so).
 * Throws with the exact command when it cannot; in dry-run mode only prints the plan (and throws when
 * something is missing, since the run could not go on).
 */
export function ensureBrowsers(log: (line: string) => void = console.log): void {
  const dryRun = process.env.CLAIMLENS_BROWSER_SETUP === 'dry-run';
  const missing = BROWSERS.filter((b) => !isExecutable(b.path));
  const isRoot = process.getuid?.() === 0;
  const plan = planBrowserInstall(missing, {
    isRoot,
    sudoWorks: !isRoot && commandExists('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    hasAptGet: commandExists('apt-get'),
  });
  if (plan.kind === 'nothing') return;
  if (plan.kind === 'stop') throw new Error(plan.message);
  log(`[e2e] ${missing.map((b) => `${b.name} is missing at ${b.path}`).join('; ')}.`);
  if (dryRun) {
    log(`[e2e] dry run: would install Debian's ${plan.packages.join(', ')} with: ${plan.display}`);
    throw new Error(`dry run: ${plan.packages.join(', ')} not installed (CLAIMLENS_BROWSER_SETUP=dry-run)`);
  }
  log(`[e2e] installing Debian's ${plan.packages.join(', ')}: ${plan.display}`);
  const started = Date.now();
  for (const [cmd, ...args] of plan.commands) execFileSync(cmd, args, { stdio: 'inherit' });
  const still = missing.filter((b) => !isExecutable(b.path));
  if (still.length) {
    throw new Error(
      `Installed ${plan.packages.join(', ')}, but ${still.map((b) => b.path).join(', ')} still does not exist ` +
        '(check CLAIMLENS_CHROMIUM / CLAIMLENS_FIREFOX).',
    );
  }
  log(`[e2e] installed ${plan.packages.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s`);
}
