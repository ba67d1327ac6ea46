import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { acceptedBecause, debugLeftIn, noncharacters } from '../../../scripts/lint-extension';

describe('acceptedBecause (which addons-linter findings may pass)', () => {
  const inner = (column: number) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'x.js', line: 1, column });
  it("accepts Preact's dangerouslySetInnerHTML code and Readability's clone handling, matched at the column", () => {
    const preact = 'if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[]';
    expect(acceptedBecause(inner(preact.indexOf('n.innerHTML=')), 'firefox', preact)).toMatch(/Preact/);
    const readability = 'if(this._isSingleImage(t)){var n=e.createElement(`div`);n.innerHTML=t.innerHTML;';
    expect(acceptedBecause(inner(readability.indexOf('n.innerHTML')), 'firefox', readability)).toMatch(/Readability/);
  });
  it('fails any other innerHTML assignment, even in the same bundle far from the library code', () => {
    const ours = 'card.innerHTML=claim.text;' + ' '.repeat(1000) + 'f.__html';
    expect(acceptedBecause(inner(0), 'firefox', ours)).toBeNull();
    expect(acceptedBecause(inner(0), 'firefox', null)).toBeNull();
  });
  it('accepts the "not a Firefox package" findings for the Chrome build only', () => {
    const m = { code: 'ADDON_ID_REQUIRED', message: 'The add-on ID is required' };
    expect(acceptedBecause(m, 'chrome', null)).not.toBeNull();
    expect(acceptedBecause(m, 'firefox', null)).toBeNull();
    expect(acceptedBecause({ code: 'MANIFEST_FIELD_INVALID', message: 'x' }, 'chrome', null)).toBeNull();
  });
  it('accepts the Chrome-only "offscreen" permission in the Chrome build only, and no other unknown permission', () => {
    const off = { code: 'MANIFEST_PERMISSIONS', message: '/permissions: Invalid permissions "offscreen" at 3.' };
    expect(acceptedBecause(off, 'chrome', null)).not.toBeNull();
    expect(acceptedBecause(off, 'firefox', null)).toBeNull();
    expect(acceptedBecause({ ...off, message: '/permissions: Invalid permissions "debugger" at 3.' }, 'chrome', null)).toBeNull();
  });
});

describe('debugLeftIn (diagnostics a release build leaves out)', () => {
  it('finds the transaction log by its middleware name, and nothing in a clean script', () => {
    const src = readFileSync('utils/background/tx-log.ts', 'utf8');
    const name = /name: '([^']+)'/.exec(src)?.[1];
    expect(name).toBeTruthy();
    expect(debugLeftIn(`var a=1;db.use({stack:"dbcore",name:"${name}"})`)).toHaveLength(1);
    expect(debugLeftIn('var a=1;')).toEqual([]);
  });
});

describe('noncharacters (what makes Chromium refuse a content script)', () => {
  it('names U+FFFF and U+FDD0, and passes ordinary text with emoji and curly quotes', () => {
    expect(noncharacters('a.localeCompare("\uffff")+"\ufdd0"')).toEqual(['U+FFFF', 'U+FDD0']);
    expect(noncharacters('const q = /["“”‘’]/; const e = "🙂";')).toEqual([]);
  });
});
