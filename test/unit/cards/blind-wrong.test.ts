// Every subject's card, held-out ones included, shows no item its expected.json rules out: no dispute the file does not
// list, no agree it lists as a trap or a dispute, no figure row joining values it says are different things. The
// blind-subjects test pins what each in-sample card gets right; this pins the one number a new subject must not
// move from its first run on — a wrong item misleads a reader, a missed one only tells them less (issue 9).
import { describe, expect, it } from 'vitest';
import { score, subjectPages } from '@/scripts/blind-score';

const subjects = subjectPages();

describe('no subject card shows a wrong item', () => {
  it('reads every subject folder with an expected.json, held-out ones among them', () => {
    expect(subjects.length).toBeGreaterThanOrEqual(20);
    expect(subjects.filter((s) => s.heldOut).length).toBeGreaterThanOrEqual(5);
  });

  it.each(subjects.map((s) => [s.subject, s] as const))('%s', (_, { subject, page }) => {
    const r = score(subject, page);
    // The explanation lines name each wrong item ("WRONG dispute: … ↔ …").
    expect(r.notes.filter((n) => n.includes('WRONG'))).toEqual([]);
    expect([r.wrongDisputes, r.wrongAgrees, r.wrongRows]).toEqual([0, 0, 0]);
  });
});
