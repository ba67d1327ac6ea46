// Whether one thing is the most of its kind, said both ways (utils/engine/records.ts, session 58: a held-out sewage
// fine, "It is the largest fine the authority has ever imposed on a water company" / "It is not the largest penalty the
// authority has imposed on a water company"). Sentences of subjects of their own (a port, a bridge, a charity).
import { describe, expect, it } from 'vitest';
import { recordConflict, recordReading } from '@/utils/engine/records';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => recordConflict(recordReading(a), recordReading(b));

describe('a record said and denied', () => {
  it('"is the largest …" against "is not the largest …" of one kind, the noun in other words', () => {
    const record = 'It is the largest fine the harbour board has ever imposed on a shipping line.';
    const denied = 'It is not the largest penalty the harbour board has imposed on a shipping line; Corvell Lines paid more in 2027.';
    expect(conflict(record, denied)).toEqual({ a: 'is the largest fine the harbour board has ever imposed on a shipping line', b: 'is not the largest penalty the harbour board has imposed on a shipping line' });
    const r = relate({ text: denied }, { text: record });
    expect(r.label).toBe('disputes');
    expect(r.evidence.record).toBeDefined();
  });

  it('"was the first time …" against "was not the first time …"', () => {
    expect(conflict('It was the first time the Dunmore bridge had been closed to traffic since 1998.', "It wasn't the first time the bridge had been closed to traffic this year.")).not.toBeNull();
  });

  it('another superlative, another kind, or two denials are no conflict', () => {
    expect(conflict('The charity is the largest employer in Harwick.', 'The charity is not the oldest employer in Harwick.')).toBeNull();
    expect(conflict('It is the largest fine ever imposed on a shipping line.', 'The Tarn is not the largest river in the county.')).toBeNull();
    expect(conflict('It is not the largest fine imposed on a shipping line.', 'It was not the largest penalty imposed on a shipping line.')).toBeNull();
    expect(recordReading('The board said the fine was fair.')).toBeNull();
  });
});
