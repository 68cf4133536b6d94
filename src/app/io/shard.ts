/**
 * Sharding across machines without a scheduler of our own: shard K of N keeps the documents whose
 * id hashes to K. The hash is the first four bytes of SHA-256 of the id's UTF-8, read big-endian,
 * modulo N, so any language can reproduce it and a document lands in the same shard whatever the
 * order, split or machine. The shard number comes from a flag or from the index a batch system
 * gives each task (Kubernetes Indexed Jobs, AWS Batch array jobs).
 */
import { createHash } from './builtins.js';

/** Shard `index` (0-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The shard (0 … count-1) that a document id belongs to. */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id, 'utf8').digest().readUInt32BE(0) % count;
}

/** Environment variables that carry a task's index, in the order they are read. */
export const INDEX_VARS = ['WHOSAID_SHARD_INDEX', 'JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

/** A bad shard setting: a usage error. */
export class ShardError extends Error {}

const count = (s: string, what: string) => {
  if (!/^\d+$/.test(s.trim()) || Number(s) < 1) throw new ShardError(`${what} must be a whole number ≥ 1, not "${s}"`);
  return Number(s);
};

/** Parse `K/N` (0 ≤ K < N). */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new ShardError(`--shard takes K/N (shard K of N, K from 0), not "${spec}"`);
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  if (shard.count < 1 || shard.index >= shard.count) throw new ShardError(`--shard ${spec}: K must be in 0…N-1`);
  return shard;
}

/**
 * The shard this run processes, if any, and a note for stderr when the environment looks like a
 * sharded job but no shard count was given. In order: `--shard K/N`; `WHOSAID_SHARD=K/N`; a count
 * (`--shards N` or `WHOSAID_SHARDS=N`) with the index from the first of `INDEX_VARS` that is set.
 */
export function resolveShard(flags: { shard?: string; shards?: string }, env: NodeJS.ProcessEnv): { shard?: Shard; note?: string } {
  if (flags.shard !== undefined) return { shard: parseShard(flags.shard) };
  if (env.WHOSAID_SHARD) return { shard: parseShard(env.WHOSAID_SHARD) };
  const n = flags.shards ?? env.WHOSAID_SHARDS;
  const indexVar = INDEX_VARS.find((v) => env[v] !== undefined && env[v] !== '');
  if (n === undefined) {
    return indexVar ? { note: `${indexVar} is set but no shard count is (--shards N or WHOSAID_SHARDS): processing every document` } : {};
  }
  const total = count(n, flags.shards !== undefined ? '--shards' : 'WHOSAID_SHARDS');
  if (!indexVar) throw new ShardError(`a shard count of ${total} needs this task's index: set --shard K/${total}, or one of ${INDEX_VARS.join(', ')}`);
  return { shard: parseShard(`${env[indexVar]}/${total}`) };
}
