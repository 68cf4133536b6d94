/**
 * `make ab OLD=<checkout>`: the library's throughput against another build of it, both in one
 * process, as the issues ask ("throughput no lower than before, same-process A/B"). OLD is a checkout
 * with its `dist/` built (e.g. `git worktree add ../old d9fdce4 && make -C ../old build`, which
 * installs that version's own packages: give each build its own node_modules, as a user's process has;
 * two builds sharing one copy of wink-nlp share its optimized code and type feedback too, which here
 * hid a 3–4% difference: d9fdce4 against 4fea1aa measured 0.99–1.01 sharing, 0.956–0.965 apart);
 * NEW is this one's (or NEW=<checkout>). Every document of AB_INPUT (PolNeAR
 * dev by default) runs through both builds' `extract()`, the order alternating by document and round:
 * two rounds to warm up, then AB_ROUNDS timed ones (default 6). That in AB_PROCESSES fresh processes
 * (default 10), the import order flipped every other one: in some processes the first build imported
 * runs a few percent faster, and flipping cancels it. Per process it prints NEW/OLD throughput twice:
 * from the total times, and from the sum of each document's fastest run (which a collection or one of
 * this VM's slow spells moves less); then the geometric mean of each. Two copies of one build, each
 * with its own node_modules, measure 1.004 and 1.008 this way. (Loading each build twice, A B B′ A′, was tried first: on this VM one of the
 * four copies was often 5% slower than its twin, more than the differences to be measured.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Lib { extract(input: unknown): unknown }

const entry = (checkout: string) => {
  const path = resolve(checkout, 'dist/index.js');
  if (!existsSync(path)) throw new Error(`${path} not found: build that checkout first (make build)`);
  return pathToFileURL(path).href;
};

async function child(oldUrl: string, newUrl: string, input: string, rounds: number, flip: boolean): Promise<void> {
  const libs: Lib[] = [];
  if (flip) { libs[1] = await import(newUrl) as Lib; libs[0] = await import(oldUrl) as Lib; }
  else { libs[0] = await import(oldUrl) as Lib; libs[1] = await import(newUrl) as Lib; }
  const docs = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  for (let r = 0; r < 2; r++) for (const d of docs) for (const lib of libs) lib.extract(d);
  const total = [0, 0];
  const fastest = [docs.map(() => Infinity), docs.map(() => Infinity)];
  for (let r = 0; r < rounds; r++) {
    docs.forEach((d, i) => {
      for (let k = 0; k < 2; k++) {
        const j = (i + r + k) % 2;
        const t = performance.now();
        libs[j]!.extract(d);
        const dt = performance.now() - t;
        total[j]! += dt;
        if (dt < fastest[j]![i]!) fastest[j]![i] = dt;
      }
    });
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  process.stdout.write(`${total[0]! / total[1]!} ${sum(fastest[0]!) / sum(fastest[1]!)}\n`);
}

const geomean = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

function main(): void {
  const [oldDir, newDir = '.'] = process.argv.slice(2);
  if (!oldDir) throw new Error('usage: node dist-bench/ab.js OLD_CHECKOUT [NEW_CHECKOUT]  (make ab OLD=…)');
  const input = process.env.AB_INPUT ?? resolve(process.env.WHOSAID_DEV ?? '../shared/eval/dev', 'polnear-dev.input.jsonl');
  const rounds = Number(process.env.AB_ROUNDS ?? 6);
  const processes = Number(process.env.AB_PROCESSES ?? 10);
  const oldUrl = entry(oldDir);
  const newUrl = entry(newDir);
  console.log(`ab: ${newDir} (NEW) against ${oldDir} (OLD) on ${input}: ${processes} processes, ${rounds} timed rounds each`);
  const byTotal: number[] = [];
  const byFastest: number[] = [];
  for (let p = 0; p < processes; p++) {
    const flip = p % 2 === 1;
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', oldUrl, newUrl, input, String(rounds), flip ? 'flip' : ''], { encoding: 'utf8' });
    const [t, f] = out.trim().split(' ').map(Number) as [number, number];
    byTotal.push(t);
    byFastest.push(f);
    console.log(`process ${p + 1}${flip ? ' (NEW imported first)' : ''}: NEW/OLD throughput ${t.toFixed(3)} by total time, ${f.toFixed(3)} by each document's fastest run`);
  }
  console.log(`NEW/OLD throughput, geometric mean over ${processes} processes: ${geomean(byTotal).toFixed(3)} by total time, ${geomean(byFastest).toFixed(3)} by fastest runs`);
}

if (process.argv[2] === '--child') {
  const [, oldUrl, newUrl, input, rounds, flip] = process.argv.slice(2) as [string, string, string, string, string, string];
  await child(oldUrl, newUrl, input, Number(rounds), flip === 'flip');
} else main();
