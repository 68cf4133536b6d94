/** `make docs`: rewrite the field tables of docs/output-schema.md from the record's one definition (src/shape.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { withSchemaDocs } from '../dist/schema-docs.js';

const path = process.argv[2] ?? 'docs/output-schema.md';
const before = readFileSync(path, 'utf8');
const after = withSchemaDocs(before);
if (after !== before) writeFileSync(path, after);
process.stdout.write(`${path}: ${after === before ? 'already up to date' : 'field tables rewritten'}\n`);
