// Metadata detection: outlet candidates with evidence, author, date lines, language, ids.
import { describe, expect, it } from 'vitest';
import {
  contentHash, detectAuthor, detectDateLine, detectLeadDate, detectOutlets, domainOf, guessLanguage, slugify,
} from '@/utils/engine/metadata';
import { seedText } from './article-fixtures';

describe('detectOutlets', () => {
  it('seed 002: "© Sputnik" credit and "- Sputnik International" caption merge into Sputnik', () => {
    const [best, ...rest] = detectOutlets(seedText('002'));
    expect(best.name).toBe('Sputnik');
    expect(best.evidence.join(' ')).toMatch(/© Sputnik/);
    expect(best.evidence.join(' ')).toMatch(/Sputnik International/);
    expect(rest).toEqual([]);
  });

  it('seed 004: byline "News Desk - The Cradle"', () => {
    expect(detectOutlets(seedText('004'))[0]).toMatchObject({ name: 'The Cradle' });
  });

  it('photo agency credits are not outlets (seed 000 "[Ayman Henna/AFP]", "© AFP")', () => {
    expect(detectOutlets(seedText('000'))).toEqual([]);
    expect(detectOutlets('© AFP / John Doe\nSome text.')).toEqual([]);
    expect(detectOutlets(seedText('003'))).toEqual([]);
  });

  it('a statement\'s masthead line names its body, however long its name with joiners (session 57: a blind subject\'s regulator and union local were unknown outlets)', () => {
    const statement = (line: string) => `Statement on the boiler explosion at Harlan Court\n\nBy Office of Communications\n${line}\n\nOur inspectors attended the scene on Saturday evening.`;
    expect(detectOutlets(statement('State Bureau of Boiler and Pressure Safety, December 7, 2033'))[0]).toMatchObject({ name: 'State Bureau of Boiler and Pressure Safety' });
    expect(detectOutlets(statement('Harbour and Dock Workers Union Local 88, December 6, 2033'))[0]).toMatchObject({ name: 'Harbour and Dock Workers Union Local 88' });
  });

  it('HTML og:site_name is the strongest evidence; wire datelines count', () => {
    expect(detectOutlets('text', { 'og:site_name': 'Example Times' })[0].name).toBe('Example Times');
    expect(detectOutlets('BAGHDAD (Reuters) - Officials said on Tuesday that the talks had ended without agreement.')[0].name).toBe('Reuters');
  });
});

describe('author and dates', () => {
  it('author from bylines and meta', () => {
    expect(detectAuthor(seedText('004'))).toBe('News Desk');
    expect(detectAuthor('Headline here\nBy Jane Doe\nText.')).toBe('Jane Doe');
    expect(detectAuthor('x', { author: 'John Roe' })).toBe('John Roe');
    expect(detectAuthor(seedText('001'))).toBeNull();
  });

  it('date line and meta dates', () => {
    expect(detectDateLine(seedText('004'))).toEqual({ date: '2024-03-27', evidence: 'text: date line "Wednesday, March 27, 2024"' });
    expect(detectDateLine('x', { 'article:published_time': '2023-06-12T09:00:00Z' })?.date).toBe('2023-06-12');
    expect(detectDateLine(seedText('000'))).toBeNull();
  });

  it('lead date: a reported day resolved with a year hint, or a weekday that fits exactly one year the text mentions', () => {
    const lead = 'The minister said Wednesday (January 22nd) that the plan would go ahead.';
    expect(detectLeadDate(lead, 2020)?.date).toBe('2020-01-22');
    expect(detectLeadDate(lead)).toBeNull(); // no year anywhere
    expect(detectLeadDate(`${lead} The plan dates from 2019.`)?.date).toBe('2020-01-22'); // 2019±1 → only 2020 fits
    expect(detectLeadDate('The minister said on March 3, 2021 that it was over.')?.date).toBe('2021-03-03');
  });
});

describe('guessLanguage', () => {
  it.each([
    ['The council said that the budget was approved by the members of the board on Tuesday.', 'en'],
    ['Министерство обороны заявило во вторник, что войска продолжают операцию в регионе и не уйдут.', 'ru'],
    ['Міністерство оборони заявило, що війська продовжують операцію в регіоні і не підуть.', 'uk'],
    ['国防部周二表示，部队将继续在该地区开展行动，不会撤离。', 'zh'],
    ['防衛省は火曜日、部隊がこの地域で作戦を継続すると発表した。', 'ja'],
    ['Le ministère a déclaré que les troupes restent dans la région et que la mission continue pour le moment.', 'fr'],
    ['Das Ministerium sagte, dass die Truppen in der Region bleiben und die Mission nicht beendet ist.', 'de'],
    ['El ministerio dijo que las tropas se quedan en la región y que la misión continúa por ahora.', 'es'],
    ['وقالت الوزارة إن القوات ستبقى في المنطقة', 'ar'],
    ['12345 !!!', 'und'],
  ])('%s → %s', (text, lang) => expect(guessLanguage(text)).toBe(lang));
});

describe('ids', () => {
  it('contentHash is deterministic 64-bit hex and ignores whitespace differences', () => {
    const h = contentHash('Hello  world.\n\nSecond paragraph.');
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('Hello world. Second paragraph.')).toBe(h);
    expect(contentHash('Hello world. Second paragraph!')).not.toBe(h);
    expect(contentHash('Cafe\u0301')).toBe(contentHash('Café')); // NFC
  });

  it.each([
    ['Sputnik International', 'sputnik-international'],
    ['The Cradle', 'the-cradle'],
    ['Le Monde', 'le-monde'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
    ['AT&T News', 'at-and-t-news'],
    ["Reuters' Desk", 'reuters-desk'],
  ])('slugify(%s) = %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('slugify gives non-Latin names a stable hashed id', () => {
    expect(slugify('Коммерсант')).toMatch(/^outlet-[0-9a-f]{8}$/);
    expect(slugify('Коммерсант')).toBe(slugify('Коммерсант'));
  });

  it('domainOf', () => {
    expect(domainOf('https://www.thecradle.co/articles/x?y=1')).toBe('thecradle.co');
    expect(domainOf('http://user@news.example.org:8080/')).toBe('news.example.org');
    expect(domainOf('javascript:alert(1)')).toBeNull();
    expect(domainOf(null)).toBeNull();
  });
});
