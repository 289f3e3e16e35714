# The README's two commands: `make run` opens afq on the bundled sample, `make test` runs every test.
# Both first install what a fresh Debian machine lacks (scripts/install-deps.sh: libedit-dev, pkg-config, libcurl4).

SWIFT ?= swift
BUILD_FLAGS ?=

.PHONY: deps build run test release bench lint format fuzz sanitize clean

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

# libFuzzer on the JSON reader, the query front end and the renderers, FUZZ_SECONDS each
# (default 60): scripts/fuzz.sh says where crashes go (docs/reliability.md, "Fuzzing").
fuzz: deps
	scripts/fuzz.sh

# The test suite under ThreadSanitizer, then AddressSanitizer, each in a build folder of its own
# (SANITIZERS="thread" for one). TSAN_OPTIONS make a reported race fail the run.
SANITIZERS ?= thread address
sanitize: deps
	for sanitizer in $(SANITIZERS); do \
		$(SWIFT) build --build-tests --sanitize=$$sanitizer --scratch-path .build/$$sanitizer && \
		TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --sanitize=$$sanitizer --scratch-path .build/$$sanitizer \
			$(SANITIZE_FILTER) || exit 1; \
	done

clean:
	rm -rf .build
