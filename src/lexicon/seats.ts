/**
 * Seats that name the institution they house (metonyms news uses as speakers): "the White House
 * said", "the Kremlin denied". Each is a place when it is one ("outside the White House"). Folded,
 * without a leading "the".
 */
export const SEATS: ReadonlySet<string> = new Set(['white house', 'kremlin', 'pentagon', 'vatican', 'downing street',
  'number 10', 'no. 10', 'elysee', 'elysee palace', 'blue house', 'zhongnanhai', 'whitehall', 'capitol hill',
  'foggy bottom', 'quai d\'orsay', 'palazzo chigi', 'chigi palace', 'red fort', 'bellevue palace', 'casa rosada',
  'los pinos', 'miraflores palace', 'malacanang', 'malacanang palace', 'beehive', 'rashtrapati bhavan']);

/** Words before a seat that make it the place itself ("outside the White House", "visited the Kremlin"). */
export const PLACE_CUES: ReadonlySet<string> = new Set(['at', 'to', 'outside', 'inside', 'in', 'near', 'into', 'across',
  'around', 'toward', 'towards', 'through', 'past', 'on', 'opposite', 'beside', 'behind', 'visit', 'visited',
  'visiting', 'visits', 'leave', 'left', 'leaving', 'enter', 'entered', 'entering', 'reach', 'reached', 'tour',
  'toured']);

/** Parts of a building before "of the": "the lawn of the White House" is the place. */
export const PLACE_PARTS: ReadonlySet<string> = new Set(['lawn', 'gates', 'gate', 'grounds', 'steps', 'front', 'roof',
  'halls', 'corridors', 'walls', 'doors', 'outside', 'inside']);

/**
 * Legislatures and departments news names by one capitalized word ("the Senate voted", "Parliament",
 * "the Treasury"): an organization, though a lone generic word after "the" ("the Church") is not.
 */
export const ONE_WORD_INSTITUTIONS: ReadonlySet<string> = new Set(['senate', 'house', 'congress', 'parliament',
  'treasury', 'politburo', 'knesset', 'duma', 'bundestag', 'bundesrat', 'majlis', 'sejm', 'storting', 'riksdag',
  'folketing', 'seanad', 'dail', 'diet', 'oireachtas', 'althing', 'eduskunta', 'rada', 'verkhovna', 'shura']);
