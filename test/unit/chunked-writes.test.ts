/**
 * utils/chunked-writes.ts: a large derived-state write in short transactions, a pause between them, and a stop as
 * soon as another writer took the tables over.
 */
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { putInChunks } from '@/utils/chunked-writes';
import { conceptKeysRow } from '@/utils/concept-keys-store';

const rows = (n: number) => Array.from({ length: n }, (_, i) => conceptKeysRow(`a${i}`, [`k${i}`], 's'));

describe('putInChunks', () => {
  it('writes every row, a chunk per transaction, pausing between chunks', async () => {
    const db = createDb('test-chunked-1');
    const tx: number[] = [];
    let pauses = 0;
    const ok = await putInChunks(db, [db.conceptKeys], db.conceptKeys, rows(5), {
      size: 2,
      pause: async () => void pauses++,
      stillOurs: async () => {
        tx.push(await db.conceptKeys.count());
        return true;
      },
    });
    expect(ok).toBe(true);
    expect(await db.conceptKeys.count()).toBe(5);
    expect(tx).toEqual([0, 2, 4]); // three transactions, each seeing the chunks before it
    expect(pauses).toBe(2);
  });

  it('stops at the first chunk whose check fails, and says so', async () => {
    const db = createDb('test-chunked-2');
    let n = 0;
    const ok = await putInChunks(db, [db.conceptKeys], db.conceptKeys, rows(6), { size: 2, stillOurs: async () => ++n < 2 });
    expect(ok).toBe(false);
    expect(await db.conceptKeys.count()).toBe(2);
  });
});
