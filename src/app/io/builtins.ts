/**
 * Node built-ins most runs never use, loaded on first use: hashing (aliases and corrections in the
 * resume key, stdin ids, oversize lines, long file names, shards), gunzip (.gz inputs) and worker
 * threads (a pool). Imported at the top, they took ~20 ms of every start (a one-article run is
 * ~0.6 s), whether the run used them or not.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const createHash = (algorithm: string): import('node:crypto').Hash =>
  (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

export const createGunzip = (): import('node:zlib').Gunzip => (require('node:zlib') as typeof import('node:zlib')).createGunzip();

export const workerThreads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');
