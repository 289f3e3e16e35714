# The README's two commands: `make run` opens afq on the bundled sample, `make test` runs every test.
# Both first install what a fresh Debian machine lacks (scripts/install-deps.sh: libedit-dev, pkg-config, libcurl4;
# for the tests bash, zsh, fish and groff-base, whose tests skip with a note where they cannot be installed).

SWIFT ?= swift
BUILD_FLAGS ?=

.PHONY: deps build run test release install uninstall dist bench lint format fuzz sanitize clean

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

# `make install` puts the release build, its manual page, shell completions and the bundled
# sample under PREFIX (DESTDIR in front, for packagers); `make uninstall` removes exactly those
# files; `make dist` packs them in .build/dist/afq-VERSION-OS-ARCH.tar.gz (README, "Installing").
# BINARY=path installs or packs that binary instead of building the release one.
PREFIX ?= /usr/local
DESTDIR ?=
RELEASE_BINARY = .build/release/afq
BINARY ?= $(RELEASE_BINARY)

install: $(if $(filter $(RELEASE_BINARY),$(BINARY)),release)
	BINARY='$(BINARY)' PREFIX='$(PREFIX)' DESTDIR='$(DESTDIR)' scripts/install.sh install

uninstall:
	PREFIX='$(PREFIX)' DESTDIR='$(DESTDIR)' scripts/install.sh uninstall

dist: $(if $(filter $(RELEASE_BINARY),$(BINARY)),release)
	BINARY='$(BINARY)' scripts/install.sh dist

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
# (SANITIZERS="thread" for one). TSAN_OPTIONS make a reported race fail the run. Leaks are not
# looked for: LeakSanitizer takes Swift's lazily made globals (the schema) for leaks, and the
# binary it fails is what the end-to-end tests run. The suites with time limits (QueryLimitTests,
# WideRecordTests) stay out unless a filter names them: their limits are set for uninstrumented
# builds (docs/reliability.md, "Sanitizers").
SANITIZERS ?= thread address
SANITIZE_FILTER ?= --skip 'QueryLimitTests|WideRecordTests'
sanitize: deps
	for sanitizer in $(SANITIZERS); do \
		$(SWIFT) build --build-tests --sanitize=$$sanitizer --scratch-path .build/$$sanitizer && \
		TSAN_OPTIONS=halt_on_error=1 ASAN_OPTIONS=detect_leaks=0 \
			$(SWIFT) test --skip-build --sanitize=$$sanitizer --scratch-path .build/$$sanitizer \
			$(SANITIZE_FILTER) || exit 1; \
	done

clean:
	rm -rf .build
