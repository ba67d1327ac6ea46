/**
 * The content script runs on every page a person opens, so what it imports is part of "no slowdown of the
 * page": Readability (a quarter of its size) runs in the background instead (utils/page/readability-hints.ts).
 * This walks the script's static import graph from source and fails if the package root comes back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const IMPORT = /^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module reachable by value imports from `entry`: local files (resolved) and package specifiers. */
export function importGraph(entry: string, read: (file: string) => string | null): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const src = read(file);
    if (src === null) return;
    files.add(file);
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : join(dirname(file), spec);
        const found = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((p) => read(p) !== null);
        if (found) visit(found);
      } else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

const disk = (file: string) => (existsSync(file) && !file.endsWith('/') ? readFileSync(file, 'utf8') : null);

describe('content script imports', () => {
  it('reach the page extraction but not Readability itself (only its small readerable check)', () => {
    const { files, packages } = importGraph(join(ROOT, 'entrypoints/content/index.ts'), (f) => {
      try {
        return disk(f);
      } catch {
        return null; // a directory
      }
    });
    expect([...files].map((f) => f.slice(ROOT.length + 1))).toEqual(expect.arrayContaining(['utils/page/extract.ts', 'utils/page/detect.ts', 'entrypoints/content/page-hints.ts']));
    expect(packages).toContain('@mozilla/readability/Readability-readerable.js');
    expect(packages).not.toContain('@mozilla/readability');
    expect([...files].some((f) => f.endsWith('utils/page/readability-run.ts'))).toBe(false);
  });

  it('would notice a value import of the package root (and ignore a type-only one)', () => {
    const files: Record<string, string> = {
      '/x/a.ts': "import type { Readability } from '@mozilla/readability';\nimport { b } from './b';\n",
      '/x/b.ts': "import { Readability } from '@mozilla/readability';\nexport const b = Readability;\n",
    };
    const { packages } = importGraph('/x/a.ts', (f) => files[f] ?? null);
    expect([...packages]).toEqual(['@mozilla/readability']);
  });
});
