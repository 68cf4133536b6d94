/** Closed classes of function words the grammar reads: subordinators that open an adverbial clause. */

/** Words that open an adverbial clause: a verb after one belongs to that clause, not the main one. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'when', 'while', 'although', 'though',
  'since', 'until', 'unless', 'if', 'whereas', 'once']);

/** Words that open a relative clause (never a main clause): "…, who took heat for …", "the talks, which began …". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/** Words a noun phrase never starts with: subordinators, and "as", "whether", "where" ("When the firm signaled"). */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'as', 'whether', 'where']);
