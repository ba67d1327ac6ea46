/**
 * Generated articles for large-import tests and the e2e run: `n` distinct, realistic-looking news items
 * (different towns, figures and speakers), as import items or as JSONL text.
 */
import type { ImportItem } from '@/utils/messages';

const TOWNS = ['Ashford', 'Brookvale', 'Carrow', 'Dunmore', 'Elmstead', 'Fairhaven', 'Glenrock', 'Hollins', 'Ivybridge', 'Juniper Falls'];
const TOPICS = [
  ['council', 'approved a new budget for road repairs', 'roads'],
  ['school board', 'voted to extend the school day', 'schools'],
  ['water utility', 'announced a rise in water prices', 'water'],
  ['hospital', 'opened a new emergency wing', 'health'],
  ['transit authority', 'added night bus routes', 'transport'],
] as const;
const NAMES = ['Maria Lopez', 'James Chen', 'Aisha Bello', 'Tom Novak', 'Sara Lind', 'Omar Haddad'];

/** `n` distinct articles as import items. */
export function makeArticles(n: number): ImportItem[] {
  return Array.from({ length: n }, (_, i) => {
    const town = TOWNS[i % TOWNS.length];
    const [body, action, topic] = TOPICS[i % TOPICS.length];
    const who = NAMES[i % NAMES.length];
    const amount = 1000 + i * 37;
    const pct = (i % 40) + 3;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    const title = `${town} ${body} ${action} (report ${i + 1})`;
    const text = [
      `The ${town} ${body} ${action} on Tuesday, officials said, in a decision that will affect about ${amount.toLocaleString('en-US')} residents.`,
      `"This is the right step for ${town}," said ${who}, who chairs the ${body}. "We listened to families for months."`,
      `Costs will rise by ${pct} percent next year, according to figures the ${body} published. Critics said the plan for ${topic} came too late.`,
      `Local groups said they would watch how the ${body} spends the money. The next meeting is set for ${day} ${['March', 'April', 'May'][i % 3]}.`,
    ].join('\n\n');
    return {
      name: `generated.jsonl line ${i + 1}`,
      text,
      title,
      outlet: `${town} Courier`,
      url: `https://${town.toLowerCase().replace(/\s+/g, '-')}-courier.example/${topic}/${i + 1}`,
      published: `2024-${month}-${day}`,
      author: who,
    };
  });
}

/** The same articles as a JSONL file (title, text, outlet, url, date, author per line). */
export function makeJsonl(n: number): string {
  return makeArticles(n)
    .map((a) => JSON.stringify({ title: a.title, text: a.text, outlet: a.outlet, url: a.url, date: a.published, author: a.author }))
    .join('\n');
}
