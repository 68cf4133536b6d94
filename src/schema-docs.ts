/**
 * The field tables of docs/output-schema.md, rendered from the one definition of the record
 * (shape.ts): `make docs` writes them between the file's markers, and a test fails when the file
 * and the schemas disagree.
 */
import { RECORD_PARTS } from './shape.js';

const DOCS_BEGIN = '<!-- fields: generated from src/shape.ts by `make docs`; edit the descriptions there -->';
const DOCS_END = '<!-- end of generated fields -->';

type Json = { [key: string]: unknown };

const anchor = (title: string) => `#${title.toLowerCase()}`;
const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/** The type column: enums as their values, named parts as links to their tables. */
function typeOf(s: Json): string {
  if (typeof s.title === 'string') return `[${s.title}](${anchor(s.title)})`;
  if (Array.isArray(s.enum)) return s.enum.map(code).join(' \\| ');
  if ('const' in s) return code(s.const);
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeOf).join(' \\| ');
  if (s.type === 'array') {
    if (Array.isArray(s.prefixItems)) return `[${(s.prefixItems as Json[]).map(typeOf).join(', ')}]`;
    const item = typeOf(s.items as Json);
    return `${item.includes(' ') && !item.startsWith('[') ? `(${item})` : item}[]`;
  }
  if (s.type === 'null') return 'null';
  if (s.type === 'number' && s.minimum === 0 && s.maximum === 1) return 'number, 0–1';
  if (s.type === 'integer' && s.minimum === 0) return 'integer ≥ 0';
  if (s.type === 'string' && typeof s.pattern === 'string') return `string \`${s.pattern}\``;
  return String(s.type);
}

/** One line of a table cell: pipes escaped, as Markdown tables need. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(part: Json): string {
  const props = part.properties as { [name: string]: Json };
  const required = new Set((part.required as string[] | undefined) ?? []);
  const rows = Object.entries(props).map(([name, s]) => {
    const type = typeOf(s) + (required.has(name) ? '' : ', optional');
    return `| \`${name}\` | ${type} | ${cell(String(s.description ?? ''))} |`;
  });
  return [`## ${String(part.title)}`, '', String(part.description), '', '| field | type | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The generated part of docs/output-schema.md, markers included. */
export function schemaDocs(): string {
  // JSON round trip: the schema as `whosaid schema` prints it, without TypeBox's symbol keys.
  const tables = RECORD_PARTS.map((p) => table(JSON.parse(JSON.stringify(p)) as Json));
  return `${DOCS_BEGIN}\n\n${tables.join('\n\n')}\n\n${DOCS_END}`;
}

/** The file with its generated part replaced: throws when the markers are missing. */
export function withSchemaDocs(file: string): string {
  const a = file.indexOf(DOCS_BEGIN);
  const b = file.indexOf(DOCS_END);
  if (a < 0 || b < a) throw new Error('docs/output-schema.md: the generated-fields markers are missing');
  return file.slice(0, a) + schemaDocs() + file.slice(b + DOCS_END.length);
}
