/**
 * Newsroom aliases: names a newsroom knows belong together ("AMLO" → "Andrés Manuel López Obrador",
 * "the Fed" → "Federal Reserve"). Loaded from a JSON or CSV file (`--aliases FILE`) or passed to
 * `extract(input, { aliases })`; each alias found in an article becomes a mention of its entity, under
 * the canonical name.
 */
import { fold } from './text.js';
import type { EntityType } from './types.js';

export interface Alias {
  /** The form as written in articles. */
  alias: string;
  /** The canonical name of the entity it stands for. */
  name: string;
  /** Entity type; PERSON when not given. */
  type?: EntityType;
}

export interface AliasTable {
  /** Folded alias → entry. */
  byAlias: ReadonlyMap<string, Alias>;
  /** Folded canonical name → entry (so "Andrés Manuel López Obrador" in full joins its aliases). */
  byName: ReadonlyMap<string, Alias>;
  /** Aliases by their first folded word, for scanning tokens. */
  byFirstWord: ReadonlyMap<string, Alias[]>;
}

const TYPES = new Set<EntityType>(['PERSON', 'COUNTRY', 'PLACE', 'ORG', 'DATE']);

/** Build the lookup table; throws on an entry without alias or name (a usage error, reported by the CLI). */
export function aliasTable(entries: readonly Alias[]): AliasTable {
  const byAlias = new Map<string, Alias>();
  const byName = new Map<string, Alias>();
  const byFirstWord = new Map<string, Alias[]>();
  entries.forEach((e, i) => {
    if (!e || typeof e.alias !== 'string' || typeof e.name !== 'string' || !e.alias.trim() || !e.name.trim()) {
      throw new Error(`alias entry ${i + 1}: needs a non-empty "alias" and "name"`);
    }
    if (e.type !== undefined && !TYPES.has(e.type)) throw new Error(`alias entry ${i + 1}: unknown type "${e.type}"`);
    const key = fold(e.alias.trim());
    byAlias.set(key, e);
    byName.set(fold(e.name.trim()), e);
    const first = key.split(/\s+/)[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), e]);
  });
  return { byAlias, byName, byFirstWord };
}

/** Parse an alias file: a JSON array of {alias, name, type?}, or CSV with a header alias,name[,type]. */
export function parseAliases(content: string, fileName: string): Alias[] {
  const trimmed = content.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as Alias[];
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim().toLowerCase());
  const ai = header.indexOf('alias');
  const ni = header.indexOf('name');
  const ti = header.indexOf('type');
  if (ai < 0 || ni < 0) throw new Error(`${fileName}: a CSV alias file needs a header with "alias" and "name"`);
  return lines.map((l) => {
    const cells = l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const a: Alias = { alias: cells[ai] ?? '', name: cells[ni] ?? '' };
    if (ti >= 0 && cells[ti]) a.type = cells[ti]!.toUpperCase() as EntityType;
    return a;
  });
}
