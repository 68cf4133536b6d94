/**
 * The SQLite schema of `whosaid.sqlite` (README "The database" documents it for analysts). One row
 * per document, entity, mention and quote, keyed by the document's position in documents.jsonl
 * (`doc`), because document ids may repeat. Offsets are UTF-16 code units, as in the JSON record:
 * SQLite's own substr() counts code points, so slice texts in the caller's language, not in SQL.
 */

/** Bumped when a table or column changes meaning; stored in `meta`. */
export const DB_SCHEMA_VERSION = 2;

/** Tables, created before the rows go in. */
export const CREATE_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  title TEXT,
  url TEXT,
  published TEXT,
  status TEXT NOT NULL,
  error TEXT,
  text TEXT
);
CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents(doc),
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  value TEXT,
  gender TEXT,
  roles TEXT,
  PRIMARY KEY (doc, entity_id)
) WITHOUT ROWID;
CREATE TABLE mentions (
  doc INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  FOREIGN KEY (doc, entity_id) REFERENCES entities(doc, entity_id)
);
CREATE TABLE quotes (
  quote INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(doc),
  quote_id TEXT NOT NULL,
  attribution TEXT NOT NULL,
  type TEXT NOT NULL,
  class TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_kind TEXT,
  speaker_entity TEXT,
  speaker_mention TEXT,
  speaker_mention_start INTEGER,
  speaker_mention_end INTEGER,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  finder TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL,
  sentence TEXT,
  sentence_start INTEGER,
  sentence_end INTEGER,
  segments TEXT,
  UNIQUE (doc, quote_id)
);
`;

/**
 * Indexes and the full-text index, built after the rows are in (faster than keeping them up to
 * date row by row). quotes_fts is an external-content FTS5 table over quotes.text: its rowid is
 * quotes.quote. Diacritics are folded, so "Chavez" finds "Chávez".
 */
export const CREATE_INDEXES = `
CREATE INDEX documents_id ON documents(id);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX mentions_entity ON mentions(doc, entity_id);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='quote', tokenize='unicode61 remove_diacritics 2');
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
`;
