/**
 * What wire copy puts at the top of a story: the AP style abbreviations of US states ("HEMPSTEAD,
 * N.Y. (AP) —", "Sen. Joe Manchin (D-W.Va.)"), folded, and the dashes that close a dateline.
 */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ala.', 'Alabama'], ['ariz.', 'Arizona'], ['ark.', 'Arkansas'], ['calif.', 'California'], ['colo.', 'Colorado'],
  ['conn.', 'Connecticut'], ['del.', 'Delaware'], ['fla.', 'Florida'], ['ga.', 'Georgia'], ['ill.', 'Illinois'],
  ['ind.', 'Indiana'], ['kan.', 'Kansas'], ['ky.', 'Kentucky'], ['la.', 'Louisiana'], ['md.', 'Maryland'],
  ['mass.', 'Massachusetts'], ['mich.', 'Michigan'], ['minn.', 'Minnesota'], ['miss.', 'Mississippi'],
  ['mo.', 'Missouri'], ['mont.', 'Montana'], ['neb.', 'Nebraska'], ['nev.', 'Nevada'], ['n.h.', 'New Hampshire'],
  ['n.j.', 'New Jersey'], ['n.m.', 'New Mexico'], ['n.y.', 'New York'], ['n.c.', 'North Carolina'],
  ['n.d.', 'North Dakota'], ['okla.', 'Oklahoma'], ['ore.', 'Oregon'], ['pa.', 'Pennsylvania'], ['r.i.', 'Rhode Island'],
  ['s.c.', 'South Carolina'], ['s.d.', 'South Dakota'], ['tenn.', 'Tennessee'], ['vt.', 'Vermont'], ['va.', 'Virginia'],
  ['wash.', 'Washington'], ['w.va.', 'West Virginia'], ['wis.', 'Wisconsin'], ['wyo.', 'Wyoming'], ['d.c.', 'District of Columbia'],
]);

/** Dashes that end a dateline ("WASHINGTON (AP) —", "MIDWAY ATOLL -"). */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '--', '―']);
