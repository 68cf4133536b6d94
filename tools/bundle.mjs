/**
 * `make build`, second step: the command line as two bundles, dist/bin/whosaid.mjs and its worker
 * thread dist/bin/worker.mjs, built from tsc's output. One file each instead of ~110 modules and
 * their packages: Node resolves, reads and links one module, which takes ~0.3 s off every start
 * (of the command, and of each worker thread). What only some runs need is a chunk of its own,
 * loaded when asked for: the pipeline (not by the main thread of a pool, --version or report;
 * by check only when it reads an article), the schema. The library (`import … from 'whosaid'`) stays
 * dist/index.js, unbundled. Packages kept outside: better-sqlite3 (optional, native) and the
 * wink-nlp model (a large data module loaded as it is).
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bin', { recursive: true, force: true }); // chunk names change with their content: no stale ones

await build({
  entryPoints: { whosaid: 'dist/app/cli/main.js', worker: 'dist/app/cli/worker.js' },
  outdir: 'dist/bin',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Chunks: what only some commands need (the pipeline, for a run on the main thread) loads when asked for.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'wink-eng-lite-web-model'],
  // The pool starts its workers from this file's folder (see pool.ts).
  define: { WHOSAID_WORKER_FILE: '"./worker.mjs"' },
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as whosaidRequire } from 'node:module'; const require = whosaidRequire(import.meta.url);" },
  logLevel: 'warning',
});
