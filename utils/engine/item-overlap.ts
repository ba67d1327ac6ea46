/**
 * How much of a card's items repeat claims another card already offers, decided before every candidate's relation is
 * known (issue 10: relating a topic's ~70 candidates was most of a page load that judged one topic's overlap). A card
 * shows, per label group, the first `perGroup` of its candidates in a fixed order (match.ts groupContrasts); adding a
 * candidate to a group can only add an item or push the group's last one out, so bounds on the share of shared items
 * follow from the candidates known so far and how many of each kind are still unknown.
 */

/** One candidate whose card group and rank are known. */
export interface RankedItem {
  /** Its label group: 'disputes', 'agrees' or 'related' (the three groups a card shows). */
  group: 'disputes' | 'agrees' | 'related';
  /** Whether its own words name the card's topic (ranks first in a full stance group). */
  named: boolean;
  /** The relation score the group is sorted by (higher first). */
  score: number;
  /** Its date ('' when none): the later first among equal scores. */
  date: string;
  /** Its position among the candidates: the earlier first among equals (the sort is stable). */
  index: number;
  /** Whether another card already offers it. */
  shared: boolean;
}

/**
 * The order of a group's items, as groupContrasts sorts them: in a stance group (disputes, agrees) the claims naming
 * the topic first — which it does only for a group longer than it shows, and a group no longer shows all its members
 * either way — then score, date, position.
 */
function before(x: RankedItem, y: RankedItem): number {
  if (x.group !== 'related' && x.named !== y.named) return x.named ? -1 : 1;
  return y.score - x.score || y.date.localeCompare(x.date) || x.index - y.index;
}

/** The items known so far, by group. */
export class ItemOverlap {
  private readonly groups = new Map<RankedItem['group'], RankedItem[]>();

  constructor(private readonly perGroup: number) {}

  /** Adds a candidate whose group and rank are now known. */
  add(item: RankedItem): void {
    const list = this.groups.get(item.group);
    if (list) list.push(item);
    else this.groups.set(item.group, [item]);
  }

  /** The items the known candidates alone would show, and how many of them are shared. */
  private shown(): { items: number; shared: number } {
    let items = 0;
    let shared = 0;
    for (const list of this.groups.values()) {
      const top = list.length > this.perGroup ? [...list].sort(before).slice(0, this.perGroup) : list;
      items += top.length;
      for (const x of top) if (x.shared) shared++;
    }
    return { items, shared };
  }

  /**
   * Whether the share of shared items, `shared / max(1, items)`, is at most `limit` once the `unknownShared` shared and
   * `unknownOther` other candidates still unknown are added — true or false when every way of adding them gives that
   * answer, null when they could decide it. A candidate added shows at most one more item, and pushes at most one out.
   */
  decide(unknownShared: number, unknownOther: number, limit: number): boolean | null {
    const { items, shared } = this.shown();
    // Most shared: every unknown shared candidate shown, no item more; fewest: every other one pushing a shared one out.
    if ((shared + unknownShared) / Math.max(1, items) <= limit) return true;
    if (Math.max(0, shared - unknownOther) / Math.max(1, items + unknownShared + unknownOther) > limit) return false;
    return null;
  }
}
