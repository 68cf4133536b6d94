# whosaid — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
NODE_MODULES := node_modules/.package-lock.json

.PHONY: all install build run test typecheck bench eval clean

all: build

$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $(NODE_MODULES)

install: $(NODE_MODULES)

build: $(NODE_MODULES)
	npx tsc -p tsconfig.json

## run: install, build, and extract the bundled corpus into output/
run: build
	./bin/whosaid extract corpus -o output

typecheck: $(NODE_MODULES)
	npx tsc -p tsconfig.test.json

## test: install, build, type-check and run the test suite
test: build typecheck
	npx vitest run

## bench: throughput of whosaid against wink-nlp readDoc and compromise nlp() on a ≥2 MB corpus
bench: build
	npx tsc -p tsconfig.bench.json
	node dist-bench/bench.js

clean:
	rm -rf dist output/*.jsonl output/*.csv output/json
