// When someone first knew of something, said two ways (utils/engine/knowing.ts, session 50): "first learned of it on X"
// against the same knower knowing, being told or being warned wholly before X is a dispute; a later time, another
// knower, a hedge or a denial is not. Sentences of stories the rule was not written on (a water company, a football club,
// a council, a hospital trust), plus the relation's use of it.
import { describe, expect, it } from 'vitest';
import { knowingConflict, knowingReading } from '@/utils/engine/knowing';
import { relate } from '@/utils/engine/relation';

const text = (s: string) => knowingReading(s);

describe('reading when a knower knew of something', () => {
  it('first: "first learned", "only found out", "did not know … until"; the knower is the speaker of "said it"', () => {
    expect(text('The water company said it first learned of the spill on 4 May, when a walker phoned its hotline.')).toMatchObject({ first: true, knower: ['water', 'company'], words: 'first learned' });
    expect(text('Harbour Rovers only found out about the ban on Friday.')).toMatchObject({ first: true, knower: ['harbour', 'rovers'] });
    expect(text('The council did not know about the cracks until 12 March.')).toMatchObject({ first: true, knower: ['council'] });
  });

  it('knew: "knew", "was warned", "was sent"; and "warned <knower>", "wrote to <knower>"', () => {
    expect(text('Documents show that club officials knew of the ban in January.')).toMatchObject({ first: false, knower: ['club', 'officials'] });
    expect(text('The council was warned about the cracks on 2 February.')).toMatchObject({ first: false, knower: ['council'], words: 'was warned' });
    expect(text('A resident wrote to the council on 2 February about the cracks.')).toMatchObject({ first: false, knower: ['council'] });
  });

  it('no time, a hedge, a question or a denial is no reading', () => {
    expect(text('The water company said it first learned of the spill from a walker.')).toBeNull();
    expect(text('Residents asked whether the council knew of the cracks in January.')).toBeNull();
    expect(text('The council denied it was warned about the cracks on 2 February.')).toBeNull();
    expect(text('The council may have been warned about the cracks in January.')).toBeNull();
  });
});

describe('first knowing against knowing before', () => {
  const conflict = (a: string, b: string, dates: { a?: string; b?: string } = {}, topics: string[] = []) => knowingConflict(text(a), text(b), dates, topics);
  it('the same knower told wholly before: a conflict, either order', () => {
    expect(conflict('The council said it first learned of the cracks on 12 March.', 'A resident wrote to the council on 2 February about the cracks.')).toMatchObject({ first: 'a' });
    expect(conflict('A resident wrote to the council on 2 February about the cracks.', 'The council said it first learned of the cracks on 12 March.')).toMatchObject({ first: 'b' });
  });

  it('weekdays and clock times are read against each side’s date', () => {
    const first = 'The trust said it first learned of the outbreak when a nurse called at 7.15am on Thursday.';
    const earlier = 'A ward sister warned the trust at 9.30pm on Wednesday, emails show.';
    expect(conflict(first, earlier, { a: '2031-11-14', b: '2031-11-15' })).toMatchObject({ first: 'a' });
    // the same weekday in the week after is later: no conflict
    expect(conflict(first, earlier, { a: '2031-11-14', b: '2031-11-21' })).toBeNull();
    // without the sides' dates a weekday cannot be placed
    expect(conflict(first, earlier)).toBeNull();
  });

  it('"this week" is a week, not the day it was said (session 53: a bridge the council learned of "this week")', () => {
    const first = 'The council said it had first learned of the cracks this week, when the survey reached the town hall.';
    // told on the Monday of a page dated Tuesday: within "this week"
    expect(conflict(first, 'The council was told of the cracks on Monday 7 February, when the survey arrived.', { a: '2033-02-08', b: '2033-02-09' })).toBeNull();
    // told a month before: still a conflict
    expect(conflict(first, 'The council was told of the cracks on 3 January, the survey shows.', { a: '2033-02-08', b: '2033-02-09' })).toMatchObject({ first: 'a' });
  });

  it('told later, in the same month, or another knower: no conflict', () => {
    expect(conflict('The council said it first learned of the cracks on 12 March.', 'A resident wrote to the council on 20 March about the cracks.')).toBeNull();
    expect(conflict('The council said it first learned of the cracks in March.', 'A resident wrote to the council on 2 March about the cracks.')).toBeNull();
    expect(conflict('The council said it first learned of the cracks on 12 March.', 'A resident wrote to the contractor on 2 February about the cracks.')).toBeNull();
  });

  it('a knower named by what it is meets the named body whose topic calls it so', () => {
    const first = 'The university said it first learned of concerns about the data in January this year.';
    const earlier = "Velmont's research office was sent a list of the suspect records in March 2029.";
    expect(conflict(first, earlier, { a: '2031-06-01', b: '2031-06-03' }, ['velmont-university'])).toMatchObject({ first: 'a' });
    expect(conflict(first, earlier, { a: '2031-06-01', b: '2031-06-03' }, ['velmont'])).toBeNull();
  });
});

describe('the relation reads it', () => {
  it('disputes with the reason line naming both times', () => {
    const r = relate(
      { text: 'The club said it first learned of the failed drugs test when the league emailed at 4pm on Friday.' },
      { text: 'Emails seen by the Courier show that the league sent the club the test results at 11am on Tuesday.' },
      { dates: { a: '2031-04-12', b: '2031-04-13' } },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.knew).toEqual({ first: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['first learned Friday'], b: ['sent Tuesday'] });
  });

  it('a relayed report of the earlier knowing does not dispute', () => {
    const r = relate(
      { text: 'The club said it first learned of the failed drugs test when the league emailed at 4pm on Friday.' },
      { text: 'Fans claimed the league had reportedly sent the club the test results at 11am on Tuesday.' },
      { dates: { a: '2031-04-12', b: '2031-04-13' } },
    );
    expect(r.label).not.toBe('disputes');
  });
});

// Session 52 (the blind harbin-moor subject): a day given in another clause of the sentence is not when the knower knew.
describe('a knowing phrase reads its moment after it, or before it in its own clause', () => {
  it('"a full week after the board says it first knew" gives no day the board knew', () => {
    expect(knowingReading('We heard nothing until a letter came on Wednesday 11 March, a full week after the board says it first knew about the leak.')).toBeNull();
    expect(knowingReading('The board said it first knew about the leak on Wednesday 4 March.')?.time.text).toContain('4 March');
    expect(relate({ text: 'We heard nothing until a letter came on Wednesday 11 March, a full week after the board says it first knew about the leak.' }, { text: 'The board said it was told of the leak on Wednesday 4 March and wrote to every family the same day.' }, { dates: { a: '2026-03-19', b: '2026-03-18' } }).label).not.toBe('disputes');
  });
});

describe('"was first told" and whose a knower is (session 64, a held-out dam release)', () => {
  it('reads "was first told" as knowing begun, its knower with whose it is', () => {
    const r = knowingReading("The school's duty manager was first told of the closure by a phone call from Harlan Water at 6.10am on Tuesday.");
    expect(r).toMatchObject({ first: true, words: 'was first told' });
    expect(r!.knower).toEqual(['school', 'duty', 'manager']);
  });

  it('conflicts with a warning to that body hours before', () => {
    const c = knowingConflict(
      knowingReading('Harlan Water said it had warned Tarrow School at 9pm on Monday, hours before the supply was cut.'),
      knowingReading("The school's duty manager was first told of the closure by a phone call from Harlan Water at 6.10am on Tuesday."),
      { a: '2031-03-11', b: '2031-03-12' },
    );
    expect(c?.first).toBe('b');
    // told after the first telling is no conflict
    expect(knowingConflict(knowingReading('Harlan Water said it had warned Tarrow School at 9am on Tuesday.'), knowingReading("The school's duty manager was first told of the closure by a phone call from Harlan Water at 6.10am on Tuesday."), { a: '2031-03-11', b: '2031-03-12' })).toBeNull();
  });
});

// Session 68 (a held-out screening error: "nobody had been aware of the problem until a routine audit on 22 August" /
// "A scientist at the laboratory warned managers in June"). Sentences of a water company's leak.
describe('"nobody had been aware … until", and the one who warned knew too (session 68)', () => {
  it('reads the none aware as knowing first, and a warning as its teller knowing', () => {
    expect(knowingReading('The company said nobody had been aware of the leak until a routine inspection on 14 May.')).toMatchObject({ first: true, knower: ['company'] });
    expect(knowingReading('An engineer at the company warned directors in February that the main was leaking.')?.knower).toEqual(['directors', 'company']);
  });
  it('conflict: the teller of the company knew in February, before the first knowing in May', () => {
    const c = knowingConflict(knowingReading('The company said nobody had been aware of the leak until a routine inspection on 14 May.'), knowingReading('An engineer at the company warned directors in February that the main was leaking.'), { a: '2031-05-20', b: '2031-05-18' });
    expect(c?.first).toBe('a');
  });
});
