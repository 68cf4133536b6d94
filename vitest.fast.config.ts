import { defineConfig } from 'vitest/config';

/**
 * `make test-fast`: the unit tests — finders, sieves, lexicon, text, grammar, entities, goldens —
 * that run the library in-process (no command line, no browser, no long documents), in seconds.
 */
export default defineConfig({
  test: {
    include: ['tests/finders/*.test.ts', 'tests/{calibration,datelines,dates,entities,golden,input,layers,lexicon,lines,marks,match,organizations,packed,pipeline,progress,quotes,shape,shard,text}.test.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
