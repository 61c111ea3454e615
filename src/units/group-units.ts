import { distance } from 'fastest-levenshtein';
import type { UnitGroup } from '../plan/plan.js';
import { foldWords } from '../text/fold.js';
import { commonUnitOf, keySlips, type CommonUnit } from './match-common-unit.js';
import { unitKey } from './unit-key.js';

/** The spellings of one folded key, as the plan writes them. */
interface KeyGroup {
  readonly key: string;
  /** Spelling → how often, and where it first appears. */
  readonly spellings: Map<string, Seen>;
  readonly first: number;
  count: number;
  anchor: CommonUnit | null;
  accented: boolean;
}

interface Seen {
  count: number;
  readonly first: number;
}

/** Past this many distinct keys (no real plan has them) spellings are only matched to the common units, not to each other. */
const MOST_KEYS_COMPARED = 500;

/**
 * Groups unit names: spellings with the same folded key (see unitKey) are one unit, and so are
 * spellings a scanner damaged ("Phong Vin hod - X2 hoi") and the unit they are closest to: a unit
 * communes commonly have (COMMON_UNITS), or another spelling in the plan. Two keys are one unit
 * when they have the same words, each the same or a few slips away (vin/van, hod/hoa, x2/xa), or
 * the same letters once spaces are dropped.
 *
 * Never merged: two keys that match different common units ("Phòng Kinh tế" and "Phòng Kinh tế, Hạ
 * tầng và Đô thị"), a key that is itself a common unit with a key that is another, and two keys both
 * written with diacritics (a typed name is not a scanner's slip: "Lê Lợi" and "Lê Lai" stay apart).
 *
 * Each unit is shown in its most common spelling with diacritics; a unit only ever spelled without
 * them is shown as the common unit it matches ("Phòng Văn hóa - Xã hội"), else in its most common
 * spelling. Units come in order of first appearance; a unit's key is the common unit's key when it
 * matches one, else that of its most common spelling.
 */
export function groupUnits(names: Iterable<string>): UnitGroup[] {
  const groups = keyGroups(names);
  for (const group of groups) group.anchor = commonUnitOf(group.key);
  const units: KeyGroup[][] = [];
  const compareAll = groups.length <= MOST_KEYS_COMPARED;
  const byWeight = [...groups].sort((a, b) => b.count - a.count || a.first - b.first);
  for (const group of byWeight) {
    let best: KeyGroup[] | null = null;
    let fewest = Infinity;
    for (const unit of units) {
      const slips = unitSlips(group, unit, compareAll);
      if (slips < fewest) [best, fewest] = [unit, slips];
    }
    if (best === null) units.push([group]);
    else best.push(group);
  }
  return units
    .map((members) => ({ members, first: Math.min(...members.map((member) => member.first)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ members }) => unitGroup(members));
}

function keyGroups(names: Iterable<string>): KeyGroup[] {
  const groups = new Map<string, KeyGroup>();
  const keys = new Map<string, string>();
  let index = 0;
  for (const name of names) {
    const key = keys.get(name) ?? unitKey(name);
    keys.set(name, key);
    index += 1;
    if (key === '') continue;
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, spellings: new Map(), first: index, count: 0, anchor: null, accented: false };
      groups.set(key, group);
    }
    const seen = group.spellings.get(name);
    if (seen === undefined) group.spellings.set(name, { count: 1, first: index });
    else seen.count += 1;
    group.count += 1;
    group.accented ||= hasDiacritics(name);
  }
  return [...groups.values()];
}

/** How far `group` is from a unit formed so far; Infinity when it must not join it. */
function unitSlips(group: KeyGroup, unit: readonly KeyGroup[], compareAll: boolean): number {
  const anchor = unit.find((member) => member.anchor !== null)?.anchor ?? null;
  if (group.anchor !== null && anchor !== null) return group.anchor === anchor ? 0 : Infinity;
  // A unit holds one name typed with diacritics at most: a typed name is not a scanner's slip of another.
  if (!compareAll || (group.accented && unit.some((member) => member.accented))) return Infinity;
  return Math.min(...unit.map((member) => keySlips(group.key, member.key)));
}

function unitGroup(members: readonly KeyGroup[]): UnitGroup {
  const spellings = members.flatMap((member) => [...member.spellings]);
  const ordered = spellings.sort((a, b) => a[1].first - b[1].first);
  const accented = ordered.filter(([spelling]) => hasDiacritics(spelling));
  const anchor = members.find((member) => member.anchor !== null)?.anchor ?? null;
  const lead = [...members].sort((a, b) => b.count - a.count || a.first - b.first)[0]!;
  const mostCommon = (candidates: typeof ordered) => candidates.reduce((best, candidate) => (candidate[1].count > best[1].count ? candidate : best))[0];
  let name: string;
  if (accented.length > 0) name = mostCommon(accented);
  else if (anchor !== null) name = closestName(anchor, mostCommon(ordered));
  else name = mostCommon(ordered);
  return { key: anchor?.key ?? lead.key, name, spellings: ordered.map(([spelling]) => spelling) };
}

/** The common unit's spelling closest to the plan's: "Cong an xa" → "Công an xã", "Van phong HDND& UBND Phudng" → "Văn phòng HĐND và UBND phường". */
function closestName(unit: CommonUnit, spelling: string): string {
  const seen = foldWords(spelling.replace(/&/g, ' va '));
  let best = unit.names[0] ?? spelling;
  let fewest = Infinity;
  for (const name of unit.names) {
    const slips = distance(seen, foldWords(name));
    if (slips < fewest) [best, fewest] = [name, slips];
  }
  return best;
}

/** Whether a name is written with Vietnamese diacritics ("Phòng", "Đô thị"), as typed rather than scanned without them. */
function hasDiacritics(name: string): boolean {
  return /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|[\u0300-\u036f]/.test(name);
}
