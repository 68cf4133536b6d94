/**
 * Across machines with no scheduler of our own: stdin → stdout is a deterministic line filter, so
 * GNU parallel (--pipe, --pipe-part, and -S over ssh) gives the same bytes as one run; and four
 * shards, chosen the way a Kubernetes Indexed Job would, together give each document exactly once,
 * as one run does. The commands are the README's. (Spark RDD.pipe and Hadoop Streaming use the
 * same contract as --pipe: a line filter on stdin.)
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BIN, run, sh, tmp, writeCorpus } from './cli-run.js';

const hasParallel = (() => {
  try {
    execFileSync('parallel', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// CI installs GNU parallel (.ci/run); elsewhere its tests are skipped unless WHOSAID_REQUIRE_PARALLEL is set.
if (!hasParallel && process.env.WHOSAID_REQUIRE_PARALLEL) throw new Error('GNU parallel is required (WHOSAID_REQUIRE_PARALLEL) but not installed');

let dir: string;
let corpus: { path: string; lines: number };
let single: string; // one run's stdout

beforeAll(async () => {
  dir = tmp();
  corpus = writeCorpus(dir);
  const r = await run(['extract', '--workers', '1'], { stdin: { file: corpus.path } });
  expect(r.code, r.stderr).toBe(1);
  single = r.stdout;
  expect(single.split('\n').filter(Boolean)).toHaveLength(corpus.lines);
}, 180_000);

describe.skipIf(!hasParallel)('GNU parallel gives the bytes of a single run', () => {
  const whosaid = `node ${BIN} extract --workers 1`;
  // A fake ssh runs the "remote" command on this machine, so -S is tested without an sshd.
  const fakeSsh = () => {
    const path = join(dir, 'fake-ssh');
    writeFileSync(path, [
      '#!/bin/bash',
      '# ssh stand-in: drop the options and the host, run the command here through a shell, as sshd would',
      'while [[ $# -gt 0 && $1 == -* ]]; do case $1 in -l|-p|-o|-i|-F) shift 2;; *) shift;; esac; done',
      'shift; [[ ${1-} == -- ]] && shift',
      '# sshd sets SHELL to the login shell, and parallel\'s remote wrapper runs the job with $SHELL',
      'export SHELL=$(getent passwd "$(id -un)" | cut -d: -f7); export SHELL=${SHELL:-/bin/sh}',
      'exec bash -c "$*"',
    ].join('\n'));
    chmodSync(path, 0o755);
    return path;
  };

  test.each([
    ['--pipe (blocks of lines through stdin)', () => `parallel --will-cite --pipe --block 80k -k -j2 ${whosaid} < ${corpus.path}`],
    ['--pipe-part (blocks read straight from the file)', () => `parallel --will-cite --pipe-part -a ${corpus.path} --block 80k -k -j2 ${whosaid}`],
    ['-S several hosts (over ssh)', () => `parallel --will-cite --ssh ${fakeSsh()} -S 1/host-a,1/host-b --pipe --block 80k -k ${whosaid} < ${corpus.path}`],
  ])('%s', async (_n, command) => {
    const r = await sh(command());
    expect(r.code, r.stderr).toBeGreaterThan(0); // parallel exits with the number of jobs that failed: those with bad lines
    expect(r.stderr.match(/^whosaid: \d+ documents?/gm)?.length ?? 0, r.stderr).toBeGreaterThan(1); // really split
    expect(r.stdout).toBe(single);
  });
});

describe('four shards give every document once', () => {
  test('Kubernetes Indexed Job style (JOB_COMPLETION_INDEX, WHOSAID_SHARDS), one folder per shard: merged, they are the single run', async () => {
    const shards = await Promise.all([0, 1, 2, 3].map((k) =>
      run(['extract', '-o', join(dir, `shard-${k}`), '--workers', '0'], { stdin: { file: corpus.path }, env: { JOB_COMPLETION_INDEX: String(k), WHOSAID_SHARDS: '4' } })));
    // Each shard keeps input order: order their union by input line (the manifest's source, <stdin>:N).
    const rows = shards.flatMap((_s, k) => {
      const docs = readFileSync(join(dir, `shard-${k}`, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean);
      const manifest = readFileSync(join(dir, `shard-${k}`, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean);
      expect(docs.length).toBeGreaterThan(0);
      return docs.map((d, i) => ({ line: Number((JSON.parse(manifest[i]!) as { source: string }).source.split(':').at(-1)), d }));
    });
    rows.sort((a, b) => a.line - b.line);
    expect(rows.map((r) => `${r.d}\n`).join('')).toBe(single);
    for (const [k, s] of shards.entries()) expect(s.stderr).toMatch(new RegExp(`shard ${k}/4, \\d+ documents? of other shards skipped`));
  });
});
