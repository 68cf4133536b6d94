/** Shards: a stable hash of the id, and the shard chosen from flags or a batch system's environment. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { resolveShard, shardOf } from '../src/app/io/shard.js';

describe('shardOf', () => {
  test('is the first 4 bytes of SHA-256 of the id, big-endian, modulo N (reproducible in any language)', () => {
    for (const id of ['a', 'peru-mexico-relations', 'Chávez', '日本', '']) {
      const want = Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 7;
      expect(shardOf(id, 7)).toBe(want);
    }
  });

  // Pinned (computed with Python: int(hashlib.sha256(id.encode()).hexdigest()[:8], 16) % n), so a change of hash is caught.
  test.each([
    ['a', 4, 2],
    ['peru-mexico-relations', 4, 0],
    ['doc-1', 10, 3],
  ])('fixed values: shardOf(%j, %i) = %i', (id, n, want) => expect(shardOf(id, n)).toBe(want));

  test('spreads ids over all shards', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`doc-${i}`, 4)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('resolveShard', () => {
  test.each([
    ['--shard K/N', { shard: '2/4' }, {}, { index: 2, count: 4 }],
    ['--shard wins over the environment', { shard: '0/2' }, { JOB_COMPLETION_INDEX: '1', WHOSAID_SHARDS: '4' }, { index: 0, count: 2 }],
    ['WHOSAID_SHARD=K/N', {}, { WHOSAID_SHARD: '1/3' }, { index: 1, count: 3 }],
    ['Kubernetes Indexed Job: JOB_COMPLETION_INDEX and WHOSAID_SHARDS', {}, { JOB_COMPLETION_INDEX: '3', WHOSAID_SHARDS: '4' }, { index: 3, count: 4 }],
    ['AWS Batch array job with --shards', { shards: '8' }, { AWS_BATCH_JOB_ARRAY_INDEX: '5' }, { index: 5, count: 8 }],
    ['WHOSAID_SHARD_INDEX first', { shards: '4' }, { WHOSAID_SHARD_INDEX: '0', JOB_COMPLETION_INDEX: '2' }, { index: 0, count: 4 }],
    ['nothing set: no shard', {}, {}, undefined],
    ['an empty index variable is unset', {}, { JOB_COMPLETION_INDEX: '' }, undefined],
  ])('%s', (_n, flags, env, want) => {
    expect(resolveShard(flags, env).shard).toEqual(want);
  });

  test('an index without a count processes everything, with a note', () => {
    const r = resolveShard({}, { JOB_COMPLETION_INDEX: '2' });
    expect(r.shard).toBeUndefined();
    expect(r.note).toMatch(/JOB_COMPLETION_INDEX is set but no shard count/);
  });

  test.each([
    ['K out of range', { shard: '4/4' }, {}, /0…N-1/],
    ['not K/N', { shard: '1-4' }, {}, /takes K\/N/],
    ['zero shards', { shard: '0/0' }, {}, /0…N-1/],
    ['a count with no index', { shards: '4' }, {}, /needs this task's index/],
    ['a count that is not a number', {}, { WHOSAID_SHARDS: 'four', JOB_COMPLETION_INDEX: '0' }, /whole number/],
    ['an index past the count', {}, { WHOSAID_SHARDS: '2', JOB_COMPLETION_INDEX: '2' }, /0…N-1/],
  ])('usage error: %s', (_n, flags, env, message) => {
    expect(() => resolveShard(flags, env)).toThrow(message);
  });
});
