# Every step of development and CI, run the same way locally and in .ci/run.
#   make demo    set up, build, serve the demo at http://127.0.0.1:8080
#   make test    set up, then every check: format, lints, native, wasm, browser, size
#   make bench   set up, build, measure size, speed (native and in Chromium,
#                clouds against d3-cloud and wordcloud2), stemmer agreement,
#                strategy evaluation and load time
#   make dist    set up, build, copy the shippable widget into dist/, and
#                write dist/arah.html, the whole widget in one file
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/www/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build demo test lint test-native test-wasm test-browser size bench dist clean

setup:
	@scripts/setup.sh

build: setup
	python3 scripts/build.py build

demo: build
	node scripts/serve.mjs $(PORT)

test: setup lint test-native build size test-wasm test-browser

# The wasm facade is linted as each module is built (first screen; views)
# and as the tests build it (both).
lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features views -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features views -- -D warnings

test-native:
	cargo test
	cargo build --bin arah

# The facade in headless Chromium (wasm-bindgen-test through chromedriver).
test-wasm: setup
	wasm-pack test --mode no-install --headless --chrome --chromedriver $(CHROMEDRIVER) -- --features views

test-browser: build
	cargo build --bin arah
	node --test --test-concurrency=1 tests/browser/*.test.mjs

size: build
	python3 scripts/build.py size

# Native figures use the bench profile (opt-level 3); the wasm is built for
# size (opt-level "z"), as it ships. The lemma table lives outside the
# repository (../shared/data), so the stemmer's evaluation runs where it is.
LEMMA_TABLE ?= ../shared/data/id-lemma-dev.tsv
# The real labelled strategy set, read where it lives (never copied); its
# sealed fifth is measured by hand at the start and end of a piece of work
# (`strategy_real_eval -- --sealed`), never by `make bench`.
STRATEGY_REAL ?= ../shared/data/strategy-real

bench: build
	python3 scripts/build.py size
	cargo run --quiet --profile bench --example throughput
	if [ -f $(LEMMA_TABLE) ]; then cargo run --quiet --profile bench --example stem_eval -- $(LEMMA_TABLE); \
	else echo "bench: $(LEMMA_TABLE) not found; stemmer evaluation skipped"; fi
	cargo run --quiet --profile bench --example cloud_bench
	cargo run --quiet --profile bench --example strategy_eval
	if [ -d $(STRATEGY_REAL) ]; then ARAH_STRATEGY_REAL=$(STRATEGY_REAL) cargo run --quiet --profile bench --example strategy_real_eval; \
	else echo "bench: $(STRATEGY_REAL) not found; real-text strategy evaluation skipped"; fi
	node tests/browser/bench-load.mjs
	node tests/browser/bench-tokenize.mjs
	node tests/browser/bench-cloud.mjs
	node tests/browser/bench-strategy.mjs

# dist/arah.html: the widget, a paste form and every file they need in one
# page that opens from disk (scripts/single-file.mjs prints its size).
dist: build
	python3 scripts/build.py dist dist
	node scripts/single-file.mjs www/single-file.html dist/arah.html

clean:
	cargo clean
	rm -rf www/pkg dist

# The npm package `arah` (scripts/package.py): the files of dist/ with
# package.json, types, custom-elements.json and licences in target/npm
# (`npm publish target/npm`), and its tarball packed beside it.
.PHONY: package
package: dist
	python3 scripts/package.py dist target/npm
	cd target/npm && npm pack --pack-destination ..
