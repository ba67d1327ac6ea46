#!/usr/bin/env node
// The `claimlens` bin: runs scripts/cli.ts through tsx. tsx is resolved from this package (not the caller's
// working directory), so `npx claimlens …` works anywhere after `npm ci`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsx = pathToFileURL(require.resolve('tsx')).href;
const result = spawnSync(process.execPath, ['--import', tsx, join(here, 'cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`claimlens: cannot start: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
