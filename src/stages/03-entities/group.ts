/**
 * Grouping mentions into entities. People: a full name founds an entity; a surname, a first name or
 * a shorter tail ("de Zela", "Chavez") joins the entity it names, the most recently mentioned one when
 * several fit (Hillary / Chelsea Clinton). Folding makes Chávez and Chavez one person; the canonical
 * name is the longest form, accented when the article ever accents it. Other types group by country
 * code, date value or folded name.
 */
import { countryInfo } from '../../lexicon/countries.js';
import { firstAtLeast } from '../../sorted.js';
import { accentWeight, displayName, fold } from '../../text.js';
import type { Document, Entity, Mention, Role } from '../../types.js';

interface PersonGroup {
  words: string[];
  mentions: Mention[];
}

const nameWords = (m: Mention) => fold(m.canonical ?? m.text).split(/[\s-]+/).filter((w) => w && w !== '.');

/** Does `short` name the person whose full name is `full` (a tail, or the first name alone)? */
function names(short: string[], full: string[]): boolean {
  if (short.length > full.length) return false;
  const tail = full.slice(full.length - short.length);
  if (tail.every((w, i) => w === short[i])) return true;
  return short.length === 1 && full[0] === short[0];
}

/** A first name and its short form: "Cres" / "Creswell", "Chris" / "Christine" (three letters at least). */
const shortForm = (x: string, y: string) => x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x));

/**
 * Same person written in full two ways: same last word and the same first word or its short form
 * ("Donald J. Trump" / "Donald Trump", "Creswell Eastman" / "Cres Eastman").
 */
function sameFull(a: string[], b: string[]): boolean {
  return a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && (a[0] === b[0] || shortForm(a[0]!, b[0]!));
}

const NONE: readonly PersonGroup[] = [];

function groupPeople(people: Mention[], wordsOf: Map<Mention, string[]>): PersonGroup[] {
  const groups: PersonGroup[] = [];
  // Words and their joined form once per mention: the sort and the fit test would redo them per pair
  // (and the canonical name reads the words again, from wordsOf).
  const keyed = people.map((m) => { const words = nameWords(m); wordsOf.set(m, words); return { m, words, joined: words.join(' ') }; });
  keyed.sort((x, y) => y.words.length - x.words.length || x.m.start - y.m.start);
  const joinedOf = new Map<PersonGroup, string>();
  // A group fits a mention only if it shares the mention's last word (or, for one word, its first):
  // looked up, not scanned for, so an article naming many different people stays linear.
  const byLast = new Map<string, PersonGroup[]>();
  const byFirst = new Map<string, PersonGroup[]>();
  const order = new Map<PersonGroup, number>();
  const starts = new Map<PersonGroup, number[]>(); // each group's mention offsets, ascending (for nearest)
  const candidates = (w: string[]): readonly PersonGroup[] => {
    if (!w.length) return groups; // no words: every group's (empty) tail fits
    // Each list holds its groups in the order they were founded (as before), once each.
    const byWord = byLast.get(w[w.length - 1]!) ?? NONE;
    if (w.length > 1) return byWord;
    const found = [...byWord, ...byFirst.get(w[0]!) ?? NONE];
    return [...new Set(found)].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  const index = (map: Map<string, PersonGroup[]>, word: string | undefined, g: PersonGroup) => {
    if (word === undefined) return;
    const list = map.get(word);
    if (list) list.push(g);
    else map.set(word, [g]);
  };
  for (const { m, words: w, joined } of keyed) {
    const fits = candidates(w).filter((g) => sameFull(w, g.words) || (w.length < g.words.length && names(w, g.words))
      || joined === joinedOf.get(g));
    let g: PersonGroup | undefined;
    if (fits.length === 1) g = fits[0];
    else if (fits.length > 1) g = nearest(fits, m, starts);
    if (!g) {
      g = { words: w, mentions: [] };
      order.set(g, groups.length);
      groups.push(g);
      joinedOf.set(g, joined);
      index(byLast, w[w.length - 1], g);
      index(byFirst, w[0], g);
    }
    g.mentions.push(m);
    const at = starts.get(g) ?? [];
    at.splice(firstAtLeast(at, (x) => x, m.start + 1), 0, m.start);
    starts.set(g, at);
  }
  return groups;
}

/**
 * Among groups that fit, the one mentioned last before `m` (or first after it). `starts` holds each
 * group's mention offsets in ascending order, so the nearest is a binary search, not a scan of every
 * mention (quadratic when an article names two Clintons a thousand times).
 */
function nearest(groups: PersonGroup[], m: Mention, starts: Map<PersonGroup, number[]>): PersonGroup {
  let best = groups[0]!;
  let bestDist = Infinity;
  for (const g of groups) {
    const s = starts.get(g)!;
    const after = firstAtLeast(s, (x) => x, m.start + 1);
    const d = after > 0 ? m.start - s[after - 1]! : 1e9 + s[after]! - m.start;
    if (d < bestDist) { bestDist = d; best = g; }
  }
  return best;
}

function canonical(mentions: Mention[], wordsOf: ReadonlyMap<Mention, string[]>): string {
  const fixed = mentions.find((m) => m.canonical);
  if (fixed) return fixed.canonical!;
  const count = (m: Mention) => wordsOf.get(m)!.length; // every person mention was read by groupPeople
  let best = mentions[0]!;
  let bestWords = count(best);
  for (const m of mentions) {
    if (m === best) continue;
    const words = count(m);
    const d = words - bestWords || accentWeight(m.text) - accentWeight(best.text);
    if (d > 0) { best = m; bestWords = words; }
  }
  return displayName(best.text);
}

function keyOf(m: Mention): string {
  if (m.type === 'COUNTRY' && m.country) return `COUNTRY:${m.country}`;
  if (m.type === 'DATE' && m.value) return `DATE:${m.value}`;
  return `${m.type}:${fold(m.canonical ?? m.text).replace(/^the\s+/, '')}`;
}

/** Group `doc.mentions` into `doc.entities`, setting each mention's `entity`. */
export function groupMentions(doc: Document): void {
  const clusters = new Map<string, Mention[]>();
  const wordsOf = new Map<Mention, string[]>();
  // People are grouped already, each group its own cluster (no key needed: acronyms join organizations only).
  const people = groupPeople(doc.mentions.filter((m) => m.type === 'PERSON'), wordsOf).map((g) => g.mentions);
  for (const m of doc.mentions) {
    if (m.type === 'PERSON') continue;
    const k = keyOf(m);
    const list = clusters.get(k);
    if (list) list.push(m);
    else clusters.set(k, [m]);
  }
  joinAcronyms(clusters);
  const ordered = [...people, ...clusters.values()].map((ms) => ms.sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0]!.start - b[0]!.start);
  doc.entities = ordered.map((ms, i) => toEntity(`e${i + 1}`, ms, wordsOf));
  doc.mentions.sort((a, b) => a.start - b.start);
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', '&']);
/** "Korean Central News Agency" → "KCNA": the initials of its words but minor ones. */
const initials = (name: string) => name.split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');

/**
 * An organization written once in full and elsewhere by its initials ("Korean Central News Agency"
 * … "KCNA") is one entity, named in full: its acronym mentions take the full name.
 */
function joinAcronyms(clusters: Map<string, Mention[]>): void {
  const isAcronym = (k: string, ms: Mention[]) => k.startsWith('ORG:') && /^[A-Z]{2,6}$/.test(ms[0]!.text);
  // Most articles write no organization by its initials: nothing to join, no initials to build.
  let any = false;
  for (const [k, ms] of clusters) if (isAcronym(k, ms)) { any = true; break; }
  if (!any) return;
  const full = new Map<string, Mention[]>();
  for (const [k, ms] of clusters) {
    const text = ms[0]!.canonical ?? ms[0]!.text;
    if (k.startsWith('ORG:') && /\s/.test(text)) full.set(initials(text), ms);
  }
  for (const [k, ms] of clusters) {
    if (!isAcronym(k, ms)) continue;
    const text = ms[0]!.text;
    const target = full.get(text);
    if (!target || target === ms) continue;
    const name = target[0]!.canonical ?? displayName(target[0]!.text);
    for (const m of ms) m.canonical = name;
    target.push(...ms);
    clusters.delete(k);
  }
}

function toEntity(id: string, ms: Mention[], wordsOf: ReadonlyMap<Mention, string[]>): Entity {
  const first = ms[0]!;
  const e: Entity = {
    id,
    type: first.type,
    name: first.type === 'PERSON' ? canonical(ms, wordsOf)
      : ms.find((m) => m.canonical)?.canonical ?? (first.type === 'COUNTRY' && first.country ? countryInfo(first.country)?.name ?? displayName(first.text) : displayName(first.text)),
    mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
  };
  for (const m of ms) m.entity = id;
  if (first.type === 'COUNTRY' || first.type === 'PLACE') {
    const code = ms.find((m) => m.country)?.country;
    if (code) e.country = code;
  }
  if (first.type === 'DATE' && first.value) e.value = first.value;
  if (first.type === 'PERSON') {
    const roles: Role[] = [];
    for (const m of ms) {
      if (m.role && !roles.some((r) => r.text === m.role!.text)) roles.push(m.country ? { text: m.role.text, country: m.country } : { text: m.role.text });
    }
    if (roles.length) e.roles = roles;
    const gender = ms.find((m) => m.gender)?.gender;
    if (gender) e.gender = gender;
  }
  return e;
}
