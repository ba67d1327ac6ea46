/**
 * A named place open or closed on a day, answered both ways (open-closed.ts; a held-out subject of session 53: "Brook
 * Lane Infant School also closed on Monday" / "… remained open on Monday and Tuesday"). Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { openConflict, openReading } from '@/utils/engine/open-closed';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => openConflict(openReading(a), openReading(b));

describe('a named place open or closed', () => {
  it('reads open and closed, stated, of the names before the phrase', () => {
    expect(openReading('Harlow Road Leisure Centre remained open on Saturday, the council said.')).toMatchObject({ open: true, names: expect.arrayContaining(['harlow', 'leisur']), days: ['saturday'] });
    expect(openReading('Harlow Road Leisure Centre also closed on Saturday.')).toMatchObject({ open: false, words: 'also closed' });
    expect(openReading('The Kelby Swing Bridge was shut to traffic on Sunday.')).toMatchObject({ open: false });
    expect(openReading('The Kelby Swing Bridge did not open on Sunday.')).toMatchObject({ open: false });
    expect(openReading('The Kelby Swing Bridge has not closed at any point, the harbour board said.')).toMatchObject({ open: true });
  });

  it('not a closing done to something, a price, a plan, a hedge, or a place with no name', () => {
    for (const none of [
      'The council closed Harlow Road on Saturday.',
      'Shares in Kelby Marine closed at 45p on Sunday.',
      'Harlow Road Leisure Centre will close on Saturday.',
      'Harlow Road Leisure Centre could stay open on Saturday.',
      'It is not clear whether Harlow Road Leisure Centre closed on Saturday.',
      'The leisure centre closed on Saturday.',
      'The proposal is open to question, Councillor Ames said.',
    ])
      expect(openReading(none), none).toBeNull();
  });

  it('open against closed of one place on a day both name', () => {
    expect(conflict('Harlow Road Leisure Centre also closed on Saturday.', 'Harlow Road Leisure Centre remained open on Saturday and Sunday, a spokesman said.')).toEqual({ open: 'b', a: 'also closed', b: 'remained open' });
    // another place, another day, or a day only one names: no conflict
    expect(conflict('Kelby Library also closed on Saturday.', 'Harlow Road Leisure Centre remained open on Saturday.')).toBeNull();
    expect(conflict('Harlow Road Leisure Centre closed on Monday.', 'Harlow Road Leisure Centre remained open on Saturday.')).toBeNull();
    expect(conflict('Harlow Road Leisure Centre closed on Monday.', 'Harlow Road Leisure Centre remained open, a spokesman said.')).toBeNull();
    // both open (or both closed) is no conflict
    expect(conflict('Harlow Road Leisure Centre stayed open on Saturday.', 'Harlow Road Leisure Centre remained open on Saturday.')).toBeNull();
  });

  it('relate disputes by it, with the phrases for the reason line', () => {
    const r = relate({ text: 'Harlow Road Leisure Centre also closed on Saturday.' }, { text: 'Harlow Road Leisure Centre remained open on Saturday and Sunday, a spokesman said.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.openState).toEqual({ open: 'b' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['also closed'], b: ['remained open'] });
  });
});
