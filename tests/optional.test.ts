/**
 * better-sqlite3 is optional: without it (WHOSAID_TEST_NO_SQLITE=1 makes the CLI behave so) an
 * output folder gets every file but whosaid.sqlite, with a note; the features that need the
 * database say what to install and exit 2; the output folder is locked with a pid file instead.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PID_LOCK_FILE } from '../src/app/cli/lock.js';
import { run, tmp } from './cli-run.js';

const NO_SQLITE = { env: { WHOSAID_TEST_NO_SQLITE: '1' } };

describe('without better-sqlite3', () => {
  const dir = tmp();
  const out = join(dir, 'out');

  test('an output folder holds every file but whosaid.sqlite, and a note says why', async () => {
    const r = await run(['extract', 'corpus/seed', '-o', out, '--workers', '1'], NO_SQLITE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^whosaid: note: whosaid\.sqlite not written: it needs the optional package better-sqlite3 \(npm install better-sqlite3\)/m);
    const files = readdirSync(out);
    for (const f of ['documents.jsonl', 'quotes.csv', 'entities.csv', 'texts.jsonl', 'manifest.jsonl', 'review.html']) expect(files).toContain(f);
    expect(files).not.toContain('whosaid.sqlite');
    expect(files).not.toContain(PID_LOCK_FILE); // let go at the end
  });

  test.each([
    ['check --db', ['check', 'unfriendly act', '--db', 'OUT']],
    ['check on inputs', ['check', 'unfriendly act', 'corpus/seed']],
    ['report --db', ['report', 'OUT', '--db']],
  ])('%s says what to install and exits 2', async (_n, args) => {
    const r = await run(args.map((a) => (a === 'OUT' ? out : a)), NO_SQLITE);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/needs the optional package better-sqlite3, which is not installed: npm install better-sqlite3/);
  });

  test.each([
    ['a live run (this test\'s own pid) holds the folder: refused, naming it', () => process.pid, 2],
    ['a run killed long ago left its pid file: taken over', () => 2 ** 22 + 12345, 0],
  ])('%s', async (_n, pid, code) => {
    const d = join(dir, `locked-${code}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, PID_LOCK_FILE), JSON.stringify({ pid: pid(), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const r = await run(['extract', 'corpus/seed', '-o', d, '--workers', '1'], NO_SQLITE);
    expect(r.code, r.stderr).toBe(code);
    if (code === 2) expect(r.stderr).toMatch(new RegExp(`is in use by another whosaid run \\(pid ${process.pid} on `));
    else expect(existsSync(join(d, 'documents.jsonl'))).toBe(true);
  });
});
