/**
 * The edges a hostile or careless user reaches (issue #19), end to end on the built CLI where the
 * behaviour is the command's: one writer per output folder, file names from any id, inputs without
 * an end, text that must not drive a terminal or a spreadsheet, and the smaller cases — output folders
 * that cannot be made, stdout that cannot be written, too many workers, stale json/ files, links and
 * FIFOs in a folder, UTF-16 files, claims too short to check.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import { claimTooShort } from '../src/app/check/search.js';
import { LOCK_FILE, OutputFolderError, makeFolder } from '../src/app/cli/lock.js';
import { maxWorkers } from '../src/app/cli/pool.js';
import { printable, printableJson } from '../src/app/cli/printable.js';
import { onStdoutError } from '../src/app/cli/stdout.js';
import { decodeText } from '../src/app/io/decode.js';
import { fileNameFor, spreadsheetSafe, toCsv } from '../src/app/io/write.js';
import { BIN, run, sh, tmp, writeCorpus } from './cli-run.js';
import { expectValidSpans } from './helpers.js';

const ARTICLE = 'Ana Ruiz said the bridge would close next month.';
const jsonl = (...recs: object[]) => `${recs.map((r) => JSON.stringify(r)).join('\n')}\n`;
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string; text?: string; error?: { message: string }; quotes: { text: string; speaker: { name: string } | null }[] });
const children: ChildProcess[] = [];
afterAll(() => { for (const c of children) c.kill('SIGKILL'); });

/** Wait until `ok()` holds (polling), at most `ms`. */
async function until(ok: () => boolean, ms = 30_000): Promise<void> {
  for (const t0 = Date.now(); !ok(); await new Promise((r) => setTimeout(r, 50))) if (Date.now() - t0 > ms) throw new Error('timed out waiting');
}

/** The pid the lock file of `dir` names as its holder, if it can be read yet. */
function lockHolder(dir: string): number | undefined {
  try {
    const db = new Database(join(dir, LOCK_FILE), { readonly: true, fileMustExist: true });
    try { return (db.prepare('SELECT pid FROM holder').get() as { pid: number } | undefined)?.pid; } finally { db.close(); }
  } catch {
    return undefined;
  }
}

describe('one writer per output folder', () => {
  const dir = tmp();
  const corpus = writeCorpus(dir);
  const out = join(dir, 'out');

  test('while a run holds the folder, a second run, a --resume and a report exit 2 at once naming the folder and the holder\'s pid; the first run finishes intact', async () => {
    expect((await run(['extract', corpus.path, '-o', out, '--workers', '1'])).code).toBe(1); // a finished folder, for report
    // The next run stalls on one document for 4 s (a test hook), long enough to be met by the others.
    const first = spawn('node', [BIN, 'extract', corpus.path, '-o', out, '--workers', '1', '--doc-timeout', '4'],
      { env: { ...process.env, WHOSAID_TEST_STALL_ID: 'GUM_news_crane-0' }, stdio: 'ignore' });
    children.push(first);
    const firstDone = new Promise<number | null>((r) => first.on('exit', (code) => r(code)));
    await until(() => lockHolder(out) === first.pid);
    for (const args of [['extract', corpus.path, '-o', out], ['extract', corpus.path, '-o', out, '--resume'], ['report', out]]) {
      const r = await run(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(`${out} is in use by another whosaid run (pid ${first.pid} `);
    }
    expect(await firstDone).toBe(1); // the stalled document failed as timed out; all others are there
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n')).toHaveLength(corpus.lines);
    expect(existsSync(join(out, 'review.html')) && existsSync(join(out, 'whosaid.sqlite'))).toBe(true);
  }, 240_000);

  test('the lock of a run killed with SIGKILL is free at once: the next run takes it over', async () => {
    const killed = await run(['extract', corpus.path, '-o', out, '--workers', '1'], { env: { WHOSAID_TEST_KILL_AT: '10' } });
    expect(killed.signal).toBe('SIGKILL');
    const next = await run(['extract', corpus.path, '-o', out, '--workers', '1']);
    expect(next.code, next.stderr).toBe(1); // the corpus holds bad lines
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n')).toHaveLength(corpus.lines);
  }, 240_000);

  test.each([
    ['a manifest line another program overwrote', 'manifest.jsonl.tmp', (s: string) => `}{"oops":1${s.slice(10)}`, /manifest\.jsonl\.tmp is damaged at line 1 \(/],
    ['a checkpoint whose first line is not JSON', '.whosaid-checkpoint.jsonl', (s: string) => `x${s.slice(1)}`, /\.whosaid-checkpoint\.jsonl is damaged at line 1 \(/],
  ])('--resume of a folder with %s names the file and line and how to recover (exit 2)', async (_n, file, damage, message) => {
    const folder = join(dir, `damaged-${file}`);
    const killed = await run(['extract', corpus.path, '-o', folder, '--workers', '1'], { env: { WHOSAID_TEST_KILL_AT: '31' } });
    expect(killed.signal).toBe('SIGKILL');
    writeFileSync(join(folder, file), damage(readFileSync(join(folder, file), 'utf8')));
    const r = await run(['extract', corpus.path, '-o', folder, '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Run again without --resume to start over');
  }, 240_000);
});

describe('json/ file names', () => {
  const long = 'é'.repeat(300);
  test.each([
    ['a short id, as it is', 'peru-mexico', 'peru-mexico'],
    ['unsafe characters replaced', 'a/b\\c:d', 'a_b_c_d'],
    ['a leading dot replaced', '..hidden', '_hidden'],
    ['an ASCII id of 180 characters, whole (once cut at 150)', 'x'.repeat(180), 'x'.repeat(180)],
  ])('%s', (_n, id, name) => expect(fileNameFor(id, new Set())).toBe(name));

  test.each([
    ['300 two-byte letters', long],
    ['astral letters (4 bytes each), never cut in half', '𝒜'.repeat(100)],
    ['ASCII over 200 bytes', 'y'.repeat(250)],
  ])('a long id (%s) is cut to at most 200 UTF-8 bytes and ends with 8 hex digits of its hash', (_n, id) => {
    const name = fileNameFor(id, new Set());
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/~[0-9a-f]{8}$/);
    expect(name).not.toMatch(/[\ud800-\udfff]/u); // no lone surrogate
  });

  test('ids that share a long start get different names; a repeated id gets ~2', () => {
    const taken = new Set<string>();
    const a = fileNameFor(`${long}a`, taken);
    const b = fileNameFor(`${long}b`, taken);
    expect(a).not.toBe(b);
    expect(fileNameFor(`${long}a`, taken)).toBe(`${a}~2`);
  });

  test('a run whose document has a 300-letter non-ASCII id writes all its files (it once stopped with ENAMETOOLONG)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl({ id: long, text: ARTICLE }, { id: 'b', text: ARTICLE }));
    const r = await run(['extract', join(dir, 'in.jsonl'), '-o', join(dir, 'out'), '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out', 'json')).sort()).toEqual(['b.json', `${fileNameFor(long, new Set())}.json`]);
  }, 180_000);
});

describe('reading stops at --max-doc-bytes for every kind of input', () => {
  const dir = tmp();
  const big = `{"id":"big","text":"${'a'.repeat(200_000)}"}\n${jsonl({ id: 'after', text: ARTICLE })}`;
  test.each([
    ['a .txt that is a link to /dev/zero (no size, no end)', () => { symlinkSync('/dev/zero', join(dir, 'zero.txt')); return { args: [join(dir, 'zero.txt')] }; }, 'zero', /more than 100000 bytes, not read further/],
    ['a FIFO fed without end', () => {
      execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
      children.push(spawn('sh', ['-c', `exec yes "${ARTICLE}" > "${join(dir, 'fifo.txt')}"`], { stdio: 'ignore' }));
      return { args: [join(dir, 'fifo.txt')] };
    }, 'fifo', /more than 100000 bytes, not read further/],
    ['a regular file over the limit: refused by its size, unread', () => { writeFileSync(join(dir, 'large.txt'), 'a'.repeat(100_001)); return { args: [join(dir, 'large.txt')] }; }, 'large', /too large: 100001 bytes/],
    ['a gzip JSON Lines line over the limit', () => { writeFileSync(join(dir, 'big.jsonl.gz'), gzipSync(big)); return { args: [join(dir, 'big.jsonl.gz')] }; }, 'big-1', /too large: 200\d+ bytes/],
    ['a stdin line over the limit', () => ({ args: ['-'], stdin: big }), /^stdin-[0-9a-f]{12}$/, /too large: 200\d+ bytes/],
  ])('%s: a failed record, and the run goes on', async (_n, make, id, reason) => {
    const { args, stdin } = make() as { args: string[]; stdin?: string };
    const r = await run(['extract', ...args, '--max-doc-bytes', '100000', '--workers', '1'], stdin ? { stdin } : {});
    expect(r.code, r.stderr).toBe(1);
    const [rec] = records(r.stdout);
    expect(rec!.id).toMatch(id);
    expect(rec!.status).toBe('failed');
    expect(rec!.error?.message).toMatch(reason);
  }, 180_000);
});

describe('nothing an article holds reaches a terminal as a control character', () => {
  test.each([
    ['plain text, untouched', 'Ana said “hi” — ok.', 'Ana said “hi” — ok.'],
    ['a tab stays', 'a\tb', 'a\tb'],
    ['clear screen (ESC [2J)', 'x\u001b[2Jy', 'x\\x1b[2Jy'],
    ['a window title (OSC 0 … BEL)', '\u001b]0;owned\u0007', '\\x1b]0;owned\\x07'],
    ['a forged link (OSC 8)', '\u001b]8;;http://evil\u001b\\click\u001b]8;;\u001b\\', '\\x1b]8;;http://evil\\x1b\\click\\x1b]8;;\\x1b\\'],
    ['a line break or carriage return that would forge a log line', 'a\nwhosaid: 0 failed\rb', 'a\\nwhosaid: 0 failed\\rb'],
    ['C1 controls (CSI as one character)', 'a\u009b2Jb\u0085', 'a\\x9b2Jb\\x85'],
    ['DEL and NUL', 'a\u007f\u0000b', 'a\\x7f\\x00b'],
    ['a right-to-left override', 'abc\u202edef', 'abc\\u202edef'],
  ])('%s', (_n, text, shown) => expect(printable(text)).toBe(shown));

  test('JSON keeps its value: C1 and bidirectional controls become \\u escapes', () => {
    const json = JSON.stringify({ t: 'a\u009b2J\u202eb\u001b' });
    expect(printableJson(json)).toBe('{"t":"a\\u009b2J\\u202eb\\u001b"}');
    expect(JSON.parse(printableJson(json))).toEqual(JSON.parse(json));
  });

  const dir = tmp();
  const evil = { id: 'evil\u001b[2J', title: 'T\u001b]8;;http://x\u001b\\link', text: 'Ana Ruiz said: “The plan failed badly\u001b[2J\u009b2J and the bridge will close.” Then she left.' };
  writeFileSync(join(dir, 'in.jsonl'), jsonl(evil, { id: '\u001b]0;owned\u0007', text: 42 }));

  test('extract: the stderr line of a failed document and the JSON Lines on stdout hold no raw control character', async () => {
    const r = await run(['extract', join(dir, 'in.jsonl'), '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('document "\\x1b]0;owned\\x07" failed');
    expect(r.stdout).not.toMatch(/[\u007f-\u009f\u001b]/);
    expect(records(r.stdout)[0]!.quotes[0]!.text).toContain('\u001b[2J\u009b2J'); // the same text, escaped in JSON
  }, 180_000);

  test('check: ids, titles, quotes and sentences are printed escaped; the verdict stays the last line', async () => {
    const r = await run(['check', 'the plan failed badly', join(dir, 'in.jsonl')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('evil\\x1b[2J — T\\x1b]8;;http://x\\x1b\\link');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('Found. (exit 0)');
    const json = await run(['check', 'the plan failed badly', join(dir, 'in.jsonl'), '--json']);
    expect(json.stdout).not.toMatch(/[\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).matches[0].docId).toBe(evil.id);
  }, 180_000);
});

describe('CSV files are safe to open in a spreadsheet', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%j → %j', (cell, safe) => expect(spreadsheetSafe(cell)).toBe(safe));

  test('numbers are not text: a column of offsets and confidences stays numeric', () => {
    expect(toCsv([[-1, 0.5, '=x']])).toBe("-1,0.5,'=x\n");
  });

  test('quotes.csv and entities.csv neutralize formula cells; documents.jsonl keeps the text as it is', async () => {
    const dir = tmp();
    const ids = ['=HYPERLINK("http://evil","x")', '+1', '-1', '@SUM(1)', 'a=b'];
    writeFileSync(join(dir, 'in.jsonl'), jsonl(...ids.map((id) => ({ id, text: ARTICLE }))));
    const r = await run(['extract', join(dir, 'in.jsonl'), '-o', join(dir, 'out'), '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const want = ids.map(spreadsheetSafe);
    expect(want).toEqual([`'${ids[0]}`, "'+1", "'-1", "'@SUM(1)", 'a=b']);
    for (const f of ['quotes.csv', 'entities.csv']) {
      const rows = parse(readFileSync(join(dir, 'out', f), 'utf8')) as string[][];
      expect([...new Set(rows.slice(1).map((row) => row[0]))], f).toEqual(want);
    }
    expect(records(readFileSync(join(dir, 'out', 'documents.jsonl'), 'utf8')).map((x) => x.id)).toEqual(ids);
  }, 180_000);
});

describe('smaller edges', () => {
  test.each([
    ['under /proc, where mkdir says ENOENT for ever', '/proc/whosaid-x/out', /cannot create the output folder \/proc\/whosaid-x: this file system does not allow it \(ENOENT\)/],
    ['under a file', 'FILE/out', /cannot create the output folder .*: a part of the path is not a folder \(ENOTDIR\)/],
    ['a file itself', 'FILE', /cannot use .* as the output folder: it exists and is not a folder/],
  ])('-o %s: exit 2 with why, at once', async (_n, where, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const r = await run(['extract', join(dir, 'a.txt'), '-o', where.replace('FILE', join(dir, 'a.txt'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 180_000);

  test('makeFolder does not spin where the file system refuses new folders', () => {
    expect(() => makeFolder('/proc/whosaid-x/y')).toThrow(OutputFolderError);
  });

  test.each([
    ['full (/dev/full)', '> /dev/full', 2, /^whosaid: cannot write the output to stdout: ENOSPC: no space left on device$/m],
    ['closed (>&-)', '>&-', 2, /^whosaid: stdout is closed, so the output would be lost/m],
    ['/dev/null on purpose', '> /dev/null', 0, /^whosaid: 1 document \(/m],
  ])('stdout %s: exit %i with one line, no stack trace', async (_n, redirect, code, message) => {
    const r = await sh(`node "${BIN}" extract corpus/seed --workers 1 ${redirect}`);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 180_000);

  test.each([
    ['EPIPE: the reader stopped early', 'EPIPE', 1, ''],
    ['ENOSPC: full', 'ENOSPC', 2, 'whosaid: cannot write the output to stdout: ENOSPC: no space left on device\n'],
    ['EIO', 'EIO', 2, 'whosaid: cannot write the output to stdout: EIO: i/o error\n'],
  ])('a stdout error, %s: exit %i', (_n, code, exit, line) => {
    let said = '';
    const message = { EPIPE: 'EPIPE: broken pipe, write', ENOSPC: 'ENOSPC: no space left on device, write', EIO: 'EIO: i/o error, write' }[code]!;
    expect(onStdoutError(Object.assign(new Error(message), { code }), { write: (s: string) => { said += s; } })).toBe(exit);
    expect(said).toBe(line);
  });

  test.each([
    ['2 cores, 24 GB', 2, 24 * 2 ** 30, 8],
    ['64 cores, 8 GB: memory bounds it', 64, 8 * 2 ** 30, 32],
    ['1 core, 128 MB: still one', 1, 128 * 2 ** 20, 1],
  ])('at most 4 workers per core and one per 256 MB: %s → %i', (_n, cores, memory, most) => expect(maxWorkers(cores, memory)).toBe(most));

  test('--workers 1000 starts no more workers than the machine can use, and says so', async () => {
    const r = await run(['extract', 'corpus/seed', '--workers', '1000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`whosaid: note: --workers 1000 is more than this machine can use; using ${maxWorkers()}`);
    expect(r.stderr).toContain(`, ${maxWorkers()} workers, `);
  }, 180_000);

  test('a new run into an old folder leaves none of the old run\'s json/ files; files of other kinds there stay', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const three = await run(['extract', 'corpus/wikinews/GUM_news_afghan.txt', 'corpus/wikinews/GUM_news_clock.txt', 'corpus/seed', '-o', out, '--workers', '1']);
    expect(three.code, three.stderr).toBe(0);
    writeFileSync(join(out, 'json', 'notes.txt'), 'mine');
    const one = await run(['extract', 'corpus/seed', '-o', out, '--workers', '1']);
    expect(one.code, one.stderr).toBe(0);
    expect(readdirSync(join(out, 'json')).sort()).toEqual(['notes.txt', 'peru-mexico-relations.json']);
  }, 180_000);

  test('a folder no run wrote to keeps the json/ files it had', async () => {
    const out = join(tmp(), 'out');
    mkdirSync(join(out, 'json'), { recursive: true });
    writeFileSync(join(out, 'json', 'mine.json'), '{}');
    const r = await run(['extract', 'corpus/seed', '-o', out, '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(out, 'json')).sort()).toEqual(['mine.json', 'peru-mexico-relations.json']);
  }, 180_000);

  test('a folder walk follows links to articles, walks a folder reached twice once, names the FIFOs it skips and counts them; a broken link fails', async () => {
    const dir = tmp();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'real.txt'), ARTICLE);
    symlinkSync(join(dir, 'real.txt'), join(input, 'sub', 'linked.txt'));
    symlinkSync('..', join(input, 'sub', 'loop'));
    symlinkSync(join(dir, 'nowhere.txt'), join(input, 'broken.txt'));
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    const r = await run(['extract', input, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => [x.id, x.status])).toEqual([['broken', 'failed'], ['linked', 'ok']]);
    expect(r.stderr).toContain(`whosaid: ${join(input, 'pipe.txt')}: skipped: a FIFO, not a regular file`);
    expect(r.stderr).toContain(`whosaid: ${join(input, 'sub', 'loop')}: skipped: a folder already walked`);
    expect(r.stderr).toMatch(/; 2 paths skipped \(not regular files; named above\)/);
  }, 180_000);

  test.each([
    ['UTF-16LE with its byte order mark', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE with its byte order mark', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ])('%s is decoded; offsets are into the decoded text', async (_n, encode) => {
    const text = `Títle\n\n${ARTICLE} “It is 𝒜 fine plan,” said Tom Baker.`;
    const d = decodeText(encode(text));
    expect(d).toEqual({ ok: true, text, warnings: [] });
    const dir = tmp();
    writeFileSync(join(dir, 'u16.txt'), encode(text));
    const r = await run(['extract', join(dir, 'u16.txt'), '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const [rec] = records(r.stdout);
    expect(rec!.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Tom Baker']);
    expectValidSpans(text, rec as never);
  }, 180_000);

  test.each([
    ['an odd last byte: decoded with a replacement and a warning', Buffer.from([0xff, 0xfe, ...Buffer.from('Ana said hi.', 'utf16le'), 0x42]), { ok: true, text: 'Ana said hi.\ufffd', warnings: ['invalid UTF-16LE: undecodable bytes replaced with U+FFFD'] }],
    ['binary that happens to start with FF FE: still binary', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : i % 7)))]), { ok: false, reason: 'binary content (not text): more than 10% control characters' }],
    ['UTF-16 without a byte order mark: binary, as before', Buffer.from('Ana said hi.', 'utf16le'), { ok: false, reason: 'binary content (not text): more than 10% control bytes' }],
  ])('%s', (_n, bytes, want) => expect(decodeText(bytes)).toEqual(want));

  test.each([
    ['one word', 'AND', true],
    ['common words only', 'of the', true],
    ['a name alone', 'Ana', true],
    ['two short words', 'go on', true],
    ['two words, one of them rare', 'unfriendly act', false],
    ['a sentence', 'the asylum was an unfriendly act', false],
  ])('a claim of %s: too short %s', (_n, claim, short) => expect(claimTooShort(claim) !== undefined).toBe(short));

  test('check with a claim too short to mean anything is a usage error (exit 2) saying so', async () => {
    const r = await run(['check', 'AND', 'corpus/seed']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('whosaid: the quotation "AND" is too short to look up');
    expect(r.stdout).toBe('');
  }, 180_000);
});
