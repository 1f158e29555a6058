# Guidepost: `make site` renders the example guide into Output/, `make serve` previews it in a
# browser while you edit, `make test` runs the tests. Each installs the Debian packages it needs
# first, and only when they are missing.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
GUIDEPOST := .build/release/guidepost

.PHONY: all site serve test deps release starter clean

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

## starter: re-embed Templates/ and the starter guide into the binary (after editing the theme)
starter:
	python3 scripts/embed_starter.py

clean:
	rm -rf .build Output
