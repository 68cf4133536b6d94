/**
 * Two layers: the core library (src/, but src/app/) runs a document through the stages and needs no
 * native code; the app (src/app/: cli, io, db, review, check, corrections, match) is built on it.
 * The core never imports the app, nor any package only the app needs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
/** The packages the core may import: the tagger and its model, dates, the schema (word lists and gazetteers are data files of its own). */
const CORE_PACKAGES = new Set(['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', '@sinclair/typebox']);
/** The package a bare specifier names: `@scope/name` or `name`. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (p !== join(SRC, 'app')) yield* files(p); } else if (p.endsWith('.ts')) yield p;
  }
}

const core = [...files(SRC)];

test('the core is the files outside src/app', () => {
  expect(core.length).toBeGreaterThan(40);
  expect(core.some((f) => f.includes(`${join('src', 'stages')}`))).toBe(true);
});

test.each(core.map((f) => [relative(SRC, f), f]))('%s imports nothing of the app and no app package', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  // Import and re-export statements, and dynamic imports.
  for (const m of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) expect(join(file, '..', spec).startsWith(join(SRC, 'app')), spec).toBe(false);
    else if (!spec.startsWith('node:')) expect(CORE_PACKAGES.has(packageOf(spec)), spec).toBe(true);
  }
});

// Quotation marks are a closed class defined once (src/lexicon/punctuation.ts): a set elsewhere that
// lists one itself drifts from the others (eight files once disagreed). ’ and ' are left out: they
// are apostrophes too ("Jones’", "’s"), which sets of possessives rightly list.
function* everyFile(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* everyFile(p); else if (p.endsWith('.ts')) yield p;
  }
}
const LONE_MARK = /(['"])[“”"„‟«»‘‹›]\1/;
const outsideLexicon = [...everyFile(SRC)].filter((f) => !f.startsWith(join(SRC, 'lexicon')));
test.each(outsideLexicon.map((f) => [relative(SRC, f), f]))('%s lists no quotation mark in a set of its own', (_name, file) => {
  for (const set of readFileSync(file, 'utf8').match(/new Set(?:<[^>]*>)?\(\[[^\]]*\]/g) ?? []) expect(LONE_MARK.test(set), set).toBe(false);
});
