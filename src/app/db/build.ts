/**
 * Building `whosaid.sqlite`: the records of an output folder as tables (schema.ts) with a full-text
 * index on quote text. The database is derived, never written during the run: it is built from the
 * finished documents.jsonl and texts.jsonl into a temporary file that is renamed into place, so it
 * always matches the folder's other files, whatever --resume went through before.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type SqliteDatabase, requireSqlite } from './sqlite.js';
import { type FolderDocument, readFolder } from '../io/folder.js';
import { RECORD_VERSION } from '../../record.js';
import { CREATE_INDEXES, CREATE_TABLES, DB_SCHEMA_VERSION } from './schema.js';

/** The database's file name in an output folder. */
export const DB_FILE = 'whosaid.sqlite';

/** Documents per transaction: big enough to be fast, small enough to keep the journal small. */
const PER_TRANSACTION = 500;

/** Fills a new, empty database document by document. */
export class DatabaseWriter {
  private readonly insert;
  private inTransaction = 0;
  private documents = 0;

  constructor(private readonly db: SqliteDatabase) {
    db.exec(CREATE_TABLES);
    const doc = db.prepare('INSERT INTO documents (doc, id, title, url, published, status, error, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const entity = db.prepare('INSERT INTO entities (doc, entity_id, type, name, country, value, gender, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const mention = db.prepare('INSERT INTO mentions (doc, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)');
    const quote = db.prepare(`INSERT INTO quotes (doc, quote_id, attribution, type, class, start, end, text, speaker, speaker_kind,
      speaker_entity, speaker_mention, speaker_mention_start, speaker_mention_end, cue, cue_start, cue_end, finder, rule, confidence,
      sentence, sentence_start, sentence_end, segments) VALUES (${Array(24).fill('?').join(', ')})`);
    this.insert = { doc, entity, mention, quote };
  }

  /** Add one document with its entities, mentions and quotes. */
  add({ n, record: r, text }: FolderDocument): void {
    if (this.inTransaction === 0) this.db.exec('BEGIN');
    const { doc, entity, mention, quote } = this.insert;
    doc.run(n, r.id, r.title ?? null, r.url ?? null, r.published ?? null, r.status, r.error?.message ?? null, text);
    for (const e of r.entities) {
      entity.run(n, e.id, e.type, e.name, e.country ?? null, e.value ?? null, e.gender ?? null, e.roles ? JSON.stringify(e.roles) : null);
      for (const m of e.mentions) mention.run(n, e.id, m.start, m.end, m.text);
    }
    for (const q of r.quotes) {
      const s = q.speaker;
      const sentence = q.evidence?.sentence;
      quote.run(n, q.id, q.attribution, q.type, q.class, q.start, q.end, q.text, s?.name ?? null, s?.kind ?? null, s?.entity ?? null,
        s?.mention?.text ?? null, s?.mention?.start ?? null, s?.mention?.end ?? null,
        q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null, q.finder, q.rule, q.confidence,
        sentence && text !== null ? text.slice(sentence.start, sentence.end) : null, sentence?.start ?? null, sentence?.end ?? null,
        q.segments ? JSON.stringify(q.segments) : null);
    }
    this.documents++;
    if (++this.inTransaction === PER_TRANSACTION) this.commit();
  }

  /** Commit the last rows, then build the indexes and the full-text index. */
  finish(): void {
    this.commit();
    const meta = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    this.db.transaction(() => {
      meta.run('schema_version', String(DB_SCHEMA_VERSION));
      meta.run('record_version', String(RECORD_VERSION));
      meta.run('offset_unit', 'utf16');
      meta.run('documents', String(this.documents));
    })();
    this.db.exec(CREATE_INDEXES);
  }

  private commit(): void {
    if (this.inTransaction) this.db.exec('COMMIT');
    this.inTransaction = 0;
  }
}

/** Build `dir/whosaid.sqlite` from the folder's documents, replacing any earlier one. Returns its path. */
export async function buildDatabase(dir: string): Promise<string> {
  const path = join(dir, DB_FILE);
  const tmp = `${path}.tmp`;
  for (const f of [tmp, `${tmp}-journal`]) rmSync(f, { force: true }); // a killed build's
  const Database = requireSqlite(`${DB_FILE}`);
  const db = new Database(tmp);
  let built = false;
  try {
    // A temporary file renamed into place only when complete needs no journal of its own.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    const writer = new DatabaseWriter(db);
    for await (const d of readFolder(dir)) writer.add(d);
    writer.finish();
    built = true;
  } finally {
    db.close();
    if (!built) rmSync(tmp, { force: true });
  }
  renameSync(tmp, path);
  return path;
}

/** Is the folder's database there? */
export const hasDatabase = (dir: string) => existsSync(join(dir, DB_FILE));
