# The README's two commands: `make run` opens afq on the bundled sample, `make test` runs every test.
# Both first install what a fresh Debian machine lacks (scripts/install-deps.sh: libedit-dev, pkg-config, libcurl4).

SWIFT ?= swift
BUILD_FLAGS ?=

.PHONY: deps build run test release bench lint format clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

run: build
	$(SWIFT) run $(BUILD_FLAGS) afq $(ARGS)

test: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

# The Swift runtime and Foundation linked in: a third less start-up time (docs/performance.md).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# The toolchain's formatter with the committed .swift-format (4 spaces, 120 columns, no force
# unwraps or force tries): `make lint` checks, as CI does; `make format` rewrites in place.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel Package.swift Sources Tests

clean:
	rm -rf .build
