// cleanText and its line classifiers: chrome goes, article text stays; HTML and Markdown inputs.
import { describe, expect, it } from 'vitest';
import {
  cleanText, htmlToText, isBoilerplateLine, isCaptionLine, isCreditLine, isDateLine, isSectionLabel, markdownToText, parseByline,
} from '@/utils/engine/clean';
import { seedText } from './article-fixtures';

const ARTICLE_PARA =
  'The city council approved the new budget on Tuesday after a long debate, and officials said the plan would fund road repairs, two new libraries and more buses across the northern districts.';

describe('line classifiers', () => {
  it.each([
    'Registration was successful!',
    'Please follow the link from the email sent to',
    'To participate in the discussion',
    'log in or register',
    'Do you like this article?',
    '1 Comment(s)',
    '12 comments',
    'Comment Policy * Denotes Required Field 1500 / 1500',
    'No comments:',
    'Post a Comment',
    'Leave a reply',
    'Related Articles',
    'Back to top button',
    'Share this article',
    'Advertisement',
    'Subscribe to our daily newsletter',
    '3 min read',
    "Also read: Christian Bale's Steve Jobs Looks a Lot Like Batman, According to 'Conan' (Video)",
    'Read more: Mayor defends the harbour budget',
    'MORE: Five things to know about the refinery fire',
    // Share and follow bars, one segment or several (two FNC-1 bodies made these an "agrees" item of each other).
    'Like Us On Facebook |   Follow Us On Twitter |   Contact The Author',
    'Like The College Fix on Facebook / Follow us on Twitter',
    'Follow the Harbour Gazette on Instagram • Contact the editors',
  ])('boilerplate: %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'The report said 12 comments were received from the public during the consultation period.',
    'Related talks continued in Geneva.',
    'More than 300 people attended: the hall was full.',
    'Watchdogs said the budget was late.',
    'Comment is free, but facts are sacred, the editor wrote.',
    'The group said it would follow the talks on Twitter and Facebook.',
    'Like many on Facebook, he posted a video of the flood.',
    'Fans like us on Facebook | and on the street',
  ])('not boilerplate: %s', (line) => expect(isBoilerplateLine(line)).toBe(false));

  it.each([
    '© Sputnik / Andrey Stenin / Go to the photo bankFlag of the Islamic State in the conflict zone',
    'Above photo: Getty Images.',
    'Photo: Jane Doe/Reuters',
    '(c) 2023 Example Media',
  ])('credit: %s', (line) => expect(isCreditLine(line)).toBe(true));

  it.each([
    'A picture taken on January 13th shows a drone at the airbase. [Ayman Henna/AFP]',
    'The prime minister receives the ambassador on November 20, 2022 (INA)',
    'Protesters gather in the square (Reuters/John Smith)',
  ])('caption: %s', (line) => expect(isCaptionLine(line)).toBe(true));

  it.each(['The talks ended without agreement, officials said.', 'The group known as the PMF (PMF) met.'])('not caption: %s', (line) =>
    expect(isCaptionLine(line)).toBe(false),
  );

  it.each(['Wednesday, March 27, 2024', 'March 27, 2024', '27 March 2024', 'Published: 2024-03-27 10:05 GMT', 'Updated 12 June 2023, 14:30'])(
    'date line: %s',
    (line) => expect(isDateLine(line)).toBe(true),
  );

  it.each(['On March 27, 2024 the council met.', 'Wednesday', 'In 2024'])('not a date line: %s', (line) => expect(isDateLine(line)).toBe(false));

  it.each([
    ['News Desk - The Cradle', { author: 'News Desk', outlet: 'The Cradle' }],
    ['By Jane Doe', { author: 'Jane Doe', outlet: null }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe', outlet: 'Reuters' }],
    // a writer's title is no outlet (two blind subjects' campaign groups and a union read as "President", session 48)
    ['By Jodie Farrant, President', { author: 'Jodie Farrant', outlet: null }],
    ['By Dr Colin Merriman, Branch Secretary', { author: 'Dr Colin Merriman', outlet: null }],
    ['By Jane Doe, Health Correspondent', { author: 'Jane Doe', outlet: null }],
    ['By Owen Tait, chair', { author: 'Owen Tait', outlet: null }],
    // a title naming its branch or beat, its role noun in lower case (a blind subject's union statement, session 50)
    ['By Carol Whitfield, Westmoor branch secretary', { author: 'Carol Whitfield', outlet: null }],
    ['By Jane Doe, Scotland correspondent', { author: 'Jane Doe', outlet: null }],
    // a union's and a club's writers (held-out subjects of session 65: "business manager", "club captain")
    ['By Dale Kostyniuk, business manager', { author: 'Dale Kostyniuk', outlet: null }],
    ['By Janet Morrow, club captain', { author: 'Janet Morrow', outlet: null }],
    ['By Jane Doe, Shop Steward', { author: 'Jane Doe', outlet: null }],
    ['By Aoife Lynch, on behalf of the committee', { author: 'Aoife Lynch', outlet: null }],
    ['By Jane Doe, Harbour Post', { author: 'Jane Doe', outlet: 'Harbour Post' }],
    // a title's modifier alone is a newspaper's name
    ['By Jane Doe, The Press', { author: 'Jane Doe', outlet: 'The Press' }],
    ['By Jane Doe, The National', { author: 'Jane Doe', outlet: 'The National' }],
    // a hyphen inside a name joins it; one between words separates (a held-out subject of session 69 read "Marc" as the
    // writer of the outlet "Andre Leblanc")
    ['By Marc-Andre Leblanc', { author: 'Marc-Andre Leblanc', outlet: null }],
    ['By Anne-Marie Roy and Jean-Luc Vail', { author: 'Anne-Marie Roy and Jean-Luc Vail', outlet: null }],
    ['By Jane Roe-Smith - Harbour Post', { author: 'Jane Roe-Smith', outlet: 'Harbour Post' }],
  ] as const)('byline: %s', (line, expected) => expect(parseByline(line)).toEqual(expected));

  it.each(['Iraq News', 'World', 'Middle East', 'Health news'])('section label: %s', (line) => expect(isSectionLabel(line)).toBe(true));
});

describe('cleanText', () => {
  it('separates the headline and drops kicker, byline, date line and captions above the text', () => {
    const raw = [
      'Local News',
      '',
      'Council Approves Budget After Long Debate',
      '',
      'By Jane Doe',
      'Monday, June 12, 2023',
      '',
      'Councillors at the town hall before the vote [John Roe/Daily Example]',
      ARTICLE_PARA,
      '',
      ARTICLE_PARA.replace('Tuesday', 'Monday'),
    ].join('\n');
    const r = cleanText(raw);
    expect(r.title).toBe('Council Approves Budget After Long Debate');
    expect(r.body).toBe(`${ARTICLE_PARA}\n\n${ARTICLE_PARA.replace('Tuesday', 'Monday')}`);
    expect(r.removedReasons).toEqual(['section', 'title', 'byline', 'date', 'caption']);
  });

  it('cuts user comments after a comment box in the second half, but keeps text before a comment counter at the top', () => {
    const tail = cleanText(`${ARTICLE_PARA}\n\n${ARTICLE_PARA}\n\n3 Comments\n\nGreat article, totally agree with the mayor on this one.\n\nNo way!`);
    expect(tail.body).toBe(`${ARTICLE_PARA}\n\n${ARTICLE_PARA}`);
    expect(tail.removed).toContain('No way!');
    const top = cleanText(`3 Comments\n\n${ARTICLE_PARA}\n\n${ARTICLE_PARA}`);
    expect(top.body).toBe(`${ARTICLE_PARA}\n\n${ARTICLE_PARA}`);
  });

  it('drops lines in another script than the article', () => {
    const r = cleanText(`${ARTICLE_PARA}\nЗаголовок открываемого материала\n${ARTICLE_PARA}`);
    expect(r.body).not.toContain('Заголовок');
    expect(r.removedReasons).toContain('other-script');
    // ... but an all-Cyrillic article keeps its text
    const ru = 'Министерство обороны заявило во вторник, что войска продолжают операцию в регионе, несмотря на протесты.';
    expect(cleanText(`${ru}\n\n${ru}`).body).toContain('Министерство');
  });

  it('seed 002: banners, credits, captions and the comment box go; the headline is found', () => {
    const r = cleanText(seedText('002'));
    expect(r.title).toBe('US Questions Iraqi Government’s Readiness to Combat Purported Daesh Resurgence');
    expect(r.body.startsWith('Western outlets and the commander')).toBe(true);
    expect(r.body.endsWith('and they continue to fail.”')).toBe(true);
  });

  it('seed 003 has no headline-shaped line: title is null and the deck stays in the body', () => {
    const r = cleanText(seedText('003'));
    expect(r.title).toBeNull();
    expect(r.body.startsWith('Baghdad and Damascus seek to push US troops out of their lands.')).toBe(true);
    expect(r.body).toContain('A defeated ISIS has been making a ‘resurgence’ in both countries.');
  });

  it('HTML: tags stripped, scripts/nav/footer/aside/figcaption dropped, entities decoded, meta read', () => {
    const html = `<!doctype html><html><head><title>Budget passes | Example Times</title>
      <meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2023-06-12T09:00:00Z">
      <script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Budget passes &amp; taxes hold</h1>
      <figure><img src="a.jpg" alt="council"><figcaption>The council in session. Photo: J. Doe</figcaption></figure>
      <p>The council voted 7&ndash;2 to approve the plan, the mayor&#8217;s office said.</p><p>Taxes stay&nbsp;flat.</p>
      <aside>Read more: other story</aside></article><footer>© Example Times</footer></body></html>`;
    const h = htmlToText(html);
    expect(h.title).toBe('Budget passes & taxes hold');
    expect(h.meta['og:site_name']).toBe('Example Times');
    expect(h.text).not.toMatch(/not text|color:red|Home|Read more|Example Times|Photo/);
    const r = cleanText(html, 'html');
    expect(r.title).toBe('Budget passes & taxes hold');
    expect(r.body).toBe('The council voted 7–2 to approve the plan, the mayor’s office said.\n\nTaxes stay flat.');
  });

  it('HTML stripping is safe on broken markup', () => {
    expect(htmlToText('a < b and <p>c</p').text).toBe('a < b and\nc');
    expect(htmlToText('<p>unclosed <script>alert(1)').text).toBe('unclosed');
    expect(htmlToText('<div title="x>y">ok</div>').text).toBe('ok');
  });

  it('Markdown: markup stripped, images and code dropped, first heading is the title', () => {
    const md = '# Budget passes\n\n![council](a.jpg)\n\nThe **council** voted to [approve](http://x) the _plan_, the `mayor` said.\n\n```\ncode\n```\n\n> Taxes stay flat.\n\n- one item';
    const m = markdownToText(md);
    expect(m.title).toBe('Budget passes');
    expect(m.text).not.toMatch(/\*|\[|\]|`|code|a\.jpg|#/);
    const r = cleanText(md, 'md');
    expect(r.title).toBe('Budget passes');
    expect(r.body).toBe('The council voted to approve the plan, the mayor said.\n\nTaxes stay flat.\n\none item');
  });
});
