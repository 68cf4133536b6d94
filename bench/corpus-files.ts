/** The bundled articles a bench builds its corpora from: corpus/'s .txt files in name order, licences left out (they are no articles). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return corpusFiles(p);
    return p.endsWith('.txt') && !/^LICENSE/i.test(name) ? [p] : [];
  });
}
