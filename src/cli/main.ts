/** The `whosaid` command line: extract, schema. Exit 0 on success, 1 when some documents failed, 2 on usage errors. */
import { Command, CommanderError } from 'commander';
import { outputSchema } from '../schema.js';
import { runExtract } from './extract.js';

const program = new Command();
program
  .name('whosaid')
  .description('Who said what: entities, quotations and their speakers in English news articles')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('extract')
  .description('extract entities and attributed quotes; INPUT is .txt/.md/.jsonl files or folders, or - (default) for JSON Lines on stdin')
  .argument('[input...]', 'files or folders; - for stdin')
  .option('-o, --out <dir>', 'write documents.jsonl, quotes.csv, entities.csv and json/ to this folder instead of JSON Lines on stdout')
  .action(async (inputs: string[], opts: { out?: string }) => {
    const t0 = performance.now();
    const s = await runExtract(inputs, opts, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    process.stderr.write(`whosaid: ${s.documents} documents (${s.failed} failed), ${s.quotes} quotes, ${s.entities} entities in ${secs}s${opts.out ? ` → ${opts.out}` : ''}\n`);
    process.exitCode = s.failed ? 1 : 0;
  });

program
  .command('schema')
  .description('print the JSON Schema of the output record')
  .action(() => {
    process.stdout.write(`${JSON.stringify(outputSchema, null, 2)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`whosaid: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
