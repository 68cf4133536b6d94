# whosaid — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
NODE_MODULES := node_modules/.package-lock.json

.PHONY: all install build run test typecheck bench bench-rss bench-large ab eval fuzz docs clean

all: build

$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $(NODE_MODULES)

install: $(NODE_MODULES)

build: $(NODE_MODULES)
	npx tsc -p tsconfig.json
	node tools/bundle.mjs

## run: install, build, and extract the bundled corpus into output/
run: build
	./bin/whosaid extract corpus -o output

typecheck: $(NODE_MODULES)
	npx tsc -p tsconfig.test.json

## test: install, build, type-check and run the test suite (the CI gate; ~4 minutes on 2 cores)
test: build typecheck
	npx vitest run

## test-fast: the unit tests only (finders, sieves, lexicon, text, grammar, entities, goldens; ~20 s)
test-fast: $(NODE_MODULES)
	npx vitest run --config vitest.fast.config.ts

## bench: whole-command wall times (median of alternating rounds) of whosaid and of wink-nlp / compromise processes on one article, the 3.8 MB PolNeAR train input and a 20 MB corpus (BENCH_MB), with their ratios against issue #17's targets; then the steady rates and peak RSS (~6-8 minutes on 2 cores; BENCH_REPEAT rounds, default 3)
bench: build
	npx tsc -p tsconfig.bench.json
	node dist-bench/bench.js

## bench-rss: the same, plus the peak RSS of the default workers on a 200 MB corpus whose vocabulary keeps growing (BENCH_RSS_MB; ~5 minutes more)
bench-rss: build
	npx tsc -p tsconfig.bench.json
	BENCH_RSS_MB=$${BENCH_RSS_MB:-200} node dist-bench/bench.js

## bench-large: one long document (the corpus articles concatenated, and shapes that stress one stage) at 128 KB, 1 MB and 4 MB: is the time linear? (~3 minutes)
bench-large: build
	npx tsc -p tsconfig.bench.json
	node dist-bench/large.js

## ab: the library's throughput against another build in one process (OLD=checkout with dist/ built; NEW=. by default; PolNeAR dev, 10 processes, ~3 minutes)
ab: build
	npx tsc -p tsconfig.bench.json
	@test -n "$(OLD)" || { echo 'make ab OLD=<checkout of the older version, built>'; exit 2; }
	node dist-bench/ab.js $(OLD) $(or $(NEW),.)

## fuzz: the property tests with many more generated documents (FUZZ_RUNS, default 100000; minutes, not part of make test)
fuzz: build
	FUZZ_RUNS=$${FUZZ_RUNS:-100000} npx vitest run tests/properties.test.ts

## eval: score the dev sets (../shared/eval/dev, or WHOSAID_DEV) with the team scorer; print the confidence table
eval: build
	npx tsc -p tsconfig.tools.json
	node dist-tools/eval.js

## docs: rewrite the field tables of docs/output-schema.md from the record's definition (src/shape.ts)
docs: build
	npx tsc -p tsconfig.tools.json
	node dist-tools/schema-docs.js

clean:
	rm -rf dist dist-bench dist-tools output/*.jsonl output/*.csv output/*.html output/*.sqlite output/*.png output/json
