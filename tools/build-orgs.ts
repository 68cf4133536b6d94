/**
 * Builds the organization gazetteer the entity stage reads (src/lexicon/data/orgs.json) from the
 * CAMEO/Phoenix actor dictionaries of the Open Event Data Alliance (MIT licence; made for coding
 * events in newswire, so they name what news names): intergovernmental organizations, NGOs,
 * companies, news media, parties, armed groups (from the START TOPS database) and government bodies
 * ("Knesset", "Shin Bet"), each with its synonyms and acronyms. A TABARI entry is a name, then
 * `+synonym` lines, then its codes (`[USAGOV]`, `[IGOUNO]`; a person's with the dates they held a
 * post). The dictionaries also list ~19,000 officials of 2014: left out, as the name lists and the
 * run's shape type people, and they would double the file.
 *
 *   git clone https://github.com/openeventdata/petrarch2 && git -C petrarch2 checkout 676801cd9cb2924bbbad09f86d15c9323e7097bf
 *   npx tsc -p tsconfig.tools.json && node dist-tools/build-orgs.js petrarch2/petrarch2/data/dictionaries > src/lexicon/data/orgs.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../dist/text.js';
import { ROLE_NOUNS, GROUP_NOUNS } from '../dist/lexicon/roles.js';
import { firstNameGender, isEnglishWord, isLastName, ORG_WORDS } from '../dist/lexicon/names.js';
import { countryByDemonym, countryByName } from '../dist/lexicon/countries.js';
import worldCountries from 'world-countries';

const ISO3 = new Set((worldCountries as unknown as { cca3: string }[]).map((c) => c.cca3));

const FILES = ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.Countries.actors.txt'];

interface Entry { names: string[]; codes: string[]; file: string }

/** TABARI name → words: underscores are spaces, a final underscore only stops matching longer phrases. */
function clean(raw: string): string[] {
  const s = raw.replace(/#.*$/, '').replace(/\[.*$/, '').replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (!s || /[!+{}<>=]/.test(s)) return [];
  // "ISLAMIC ARMY OF ADEN (IAA)": the name, and the acronym in parentheses.
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(s);
  const names = paren ? [`${paren[1]} ${paren[3]}`, paren[2]!] : [s];
  return names.map((n) => fold(n).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function parse(text: string, file: string): Entry[] {
  const out: Entry[] = [];
  let cur: Entry | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const codes = [...line.replace(/#.*$/, '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    if (/^\s/.test(line)) { cur?.codes.push(...codes); continue; }
    if (line.startsWith('+')) { cur?.names.push(...clean(line.slice(1))); cur?.codes.push(...codes); continue; }
    cur = { names: clean(line), codes, file };
    out.push(cur);
  }
  return out;
}

const TITLE = /^(the|mr|mrs|ms|dr|sir|lord|lady|gen|general|president|prime|minister|king|queen|prince|sheikh|sheik)$/;
const words = (n: string) => n.split(' ');
const hasOrgWord = (n: string) => words(n).some((w) => ORG_WORDS.has(w) || /^(ministry|department|parliament|senate|assembly|army|brigades?|front|movement|liberation|forces|party|council|court|commission|agency|bank|university|news|times|post|press|group|organi[sz]ation|union|league|federation|association|institute|committee|service|services|authority|office|guard|police|navy|corps|company|corporation|inc|ltd|co|network|radio|television|tv|broadcasting|channel|airlines?|airways)$/.test(w));
/** A person's name: a known first name, or a shape of two to four words none of which names an organization. */
const personish = (n: string) => {
  const w = words(n);
  return firstNameGender(w[0]!) !== null || (w.length >= 2 && w.length <= 4 && isLastName(w[w.length - 1]!));
};
/** Role phrases, places and demonyms that the dictionaries list as synonyms ("UN envoy", "officials"). */
const notAName = (n: string) => {
  const w = words(n);
  const last = w[w.length - 1]!;
  return ROLE_NOUNS.has(last) || GROUP_NOUNS.has(last) || /(man|men|woman|women|person|people|official|officials|spokesman|member|members|leader|leaders|chief|head|forces?|troops|soldiers?|government)$/.test(last)
    || countryByName(n) !== undefined || countryByDemonym(n) !== undefined
    || ROLE_NOUNS.has(w[0]!) || TITLE.test(w[0]!) || /^(former|vice|congressman|u\.?s\.?|us|american)$/.test(w[0]!) && w.length > 1 && ROLE_NOUNS.has(w[1]!)
    || /\b(islands?|isles?|ocean|city|palace)$/.test(n)
    || /\d{3,}/.test(n) || w.length > 8;
};

/** Does the entry name an organization (rather than a person, or a country and its places)? */
function isOrgEntry(e: Entry): boolean {
  const dated = e.codes.some((c) => /\d{4}/.test(c) || /ELI/.test(c));
  // A country itself, its cities and regions ([AFG] alone): places, which other lexicons type.
  if (!e.names.length || (e.codes.length && e.codes.every((c) => ISO3.has(c)))) return false;
  // Armed groups are named after people too; elsewhere a dated entry is a person ("Obama
  // administration" among Barack Obama's synonyms), and so is one named like a person.
  if (dated) return e.file.includes('MilNonState');
  if (e.names.some(hasOrgWord)) return true;
  if (personish(e.names[0]!)) return e.file.includes('MilNonState');
  // An undated entry coded to a government body that is no one's name: an institution ("Knesset", "Shin Bet").
  return !e.file.includes('Countries') || e.codes.some((c) => /(GOV|LEG|MIL|JUD|COP|SPY|REB|OPP|PTY|MED)/.test(c));
}

export function buildGazetteer(dir: string): { source: string; orgs: string } {
  const orgs = new Set<string>();
  for (const file of FILES) {
    for (const e of parse(readFileSync(join(dir, file), 'utf8'), file)) {
      if (!isOrgEntry(e)) continue;
      for (const name of e.names) {
        const n = name.replace(/^the /, '');
        const w = words(n);
        if (notAName(n) || n.includes('|')) continue;
        // A person's name among an organization's synonyms ("Michel Kilo" under a movement he leads).
        if (firstNameGender(w[0]!) !== null && !hasOrgWord(n)) continue;
        // One word that is also a person's name ("Ford"), an ordinary word ("Dawn", "Youth") or two
        // letters ("CA", "LT") says too little alone; the other word lists and the run's shape decide those.
        if (w.length === 1 && (n.length <= 2 || isLastName(n) || firstNameGender(n) !== null || isEnglishWord(n))) continue;
        orgs.add(n);
      }
    }
  }
  return {
    source: 'CAMEO/Phoenix actor dictionaries, Open Event Data Alliance (MIT), petrarch2 676801c',
    orgs: [...orgs].sort().join('|'),
  };
}

if (process.argv[2]) process.stdout.write(`${JSON.stringify(buildGazetteer(process.argv[2]))}\n`);
