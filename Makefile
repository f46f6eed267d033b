# Entry points only: the build is in CMakeLists.txt, the installing in .ci/setup.sh, the browser
# tests' packages in tests/package.json. Native and web builds live in build/native and build/web.
JOBS ?= 2
NATIVE := build/native
WEB := build/web
NOEXCEPT := build/native-noexcept
SANITIZE := build/native-sanitize
FUZZ := build/fuzz
FUZZ_NOEXCEPT := build/fuzz-noexcept
# Seconds each fuzz target runs in each of the two fuzz builds (FUZZ_SECONDS=10 make fuzz).
FUZZ_SECONDS ?= 60
LIGHTHOUSE := tests/bench/lighthouse
# Debian's Emscripten 3.1.6 links with Node scripts that need Debian's acorn module, which lives
# in /usr/share/nodejs, a folder Node does not search by default.
export NODE_PATH := /usr/share/nodejs
# How CTest runs the wasm tests. Emscripten's default asks Node for --experimental-wasm-threads,
# which Node 20 rejects; and Node 20's global fetch makes 3.1.6's output believe it runs in a
# browser and fetch its .wasm by URL, so we turn that fetch off.
WASM_EMULATOR := /usr/bin/node;--no-experimental-fetch

.PHONY: setup setup-native setup-web setup-browser setup-fuzz native web cli test test-native test-noexcept test-sanitize test-web test-browser \
        fuzz serve dist bench clean

# Install what is missing (needs root only for Debian packages; see .ci/setup.sh). The web
# build needs the native part too and the browser tests need the web build, so the parts run
# in that order, one at a time, even under make -j.
setup: setup-native setup-web setup-browser
# cmake, g++, nlohmann/json, doctest: all that cli and test-native need.
setup-native:
	@./.ci/setup.sh native
# Emscripten, the Inter font and fonttools, the Dear ImGui sources in build/_deps/imgui, and
# npm ci in shell/ (terser, which minifies the page's JavaScript).
setup-web: | setup-native
	@./.ci/setup.sh web
# Chromium, Node and npm, and npm ci in tests/.
setup-browser: | setup-web
	@./.ci/setup.sh browser
# clang-14 and libFuzzer (libclang-rt-14-dev), for make fuzz only.
setup-fuzz: | setup-native
	@./.ci/setup.sh fuzz

# Configure a build directory once, after its setup (order-only: setup never makes it stale).
$(NATIVE)/CMakeCache.txt: | setup-native
	cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release
$(WEB)/CMakeCache.txt: | setup-web
	emcmake cmake -S . -B $(WEB) -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CROSSCOMPILING_EMULATOR=$(WASM_EMULATOR)"

# The native build: the core, ladder-cli, the app layer, their tests and the benchmark.
native: $(NATIVE)/CMakeCache.txt
	cmake --build $(NATIVE) -j$(JOBS)
# The web build: the core tests as wasm, the app, and the site in dist/.
web: $(WEB)/CMakeCache.txt
	cmake --build $(WEB) -j$(JOBS)
# Just the command-line tool, build/native/ladder-cli.
cli: $(NATIVE)/CMakeCache.txt
	cmake --build $(NATIVE) -j$(JOBS) --target ladder-cli

# The core and app-layer tests natively, and the CLI end to end.
test-native: native
	ctest --test-dir $(NATIVE) -j$(JOBS) --output-on-failure
# The same core tests as wasm under Node.
test-web: web
	ctest --test-dir $(WEB) -j$(JOBS) --output-on-failure
# The browser tests (Chromium) and the schema checks.
test-browser: native web setup-browser
	cd tests && node --test --test-concurrency=1 schema/ e2e/
# The core and its tests natively with the web build's flags: no exceptions in the core, and
# nlohmann aborting where it would throw. Any path that would abort the page fails here.
# (Configured again first: a build folder from before a target was added would not know it.)
test-noexcept: $(NOEXCEPT)/CMakeCache.txt
	cmake $(NOEXCEPT) > /dev/null
	cmake --build $(NOEXCEPT) -j$(JOBS) --target ladder_core_tests ladder-cli ladder_fuzz_replay
	ctest --test-dir $(NOEXCEPT) -j$(JOBS) --output-on-failure -R '^(native|cli|fuzz):'
$(NOEXCEPT)/CMakeCache.txt: | setup-native
	cmake -S . -B $(NOEXCEPT) -DCMAKE_BUILD_TYPE=Release -DLADDER_NO_EXCEPTIONS=ON
# The native unit suites (core, app layer, CLI) under AddressSanitizer and UndefinedBehaviorSanitizer:
# any out-of-bounds read, use after free, overflow or undefined shift fails the run.
test-sanitize: $(SANITIZE)/CMakeCache.txt
	cmake --build $(SANITIZE) -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --test-dir $(SANITIZE) -j$(JOBS) --output-on-failure
$(SANITIZE)/CMakeCache.txt: | setup-native
	cmake -S . -B $(SANITIZE) -DCMAKE_BUILD_TYPE=Debug -DLADDER_SANITIZE=ON
# Every test.
test: test-native test-noexcept test-sanitize test-web test-browser

# The libFuzzer targets (tests/fuzz: model, assessment, team file, merge, every report format,
# conditions, peer benchmark) under ASan and UBSan, built twice with clang-14: with exceptions (build/fuzz) and
# with the web build's flags (build/fuzz-noexcept). Each runs FUZZ_SECONDS from a seed corpus
# made of the fixtures; any finding fails, and a table gives each target's executions. Not part
# of make test: it takes minutes.
fuzz: setup-fuzz $(FUZZ)/CMakeCache.txt $(FUZZ_NOEXCEPT)/CMakeCache.txt
	cmake --build $(FUZZ) -j$(JOBS) --target fuzz_targets
	cmake --build $(FUZZ_NOEXCEPT) -j$(JOBS) --target fuzz_targets
	tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ) $(FUZZ_NOEXCEPT)
$(FUZZ)/CMakeCache.txt: | setup-fuzz
	CXX=clang++-14 CC=clang-14 cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLADDER_FUZZ=ON
$(FUZZ_NOEXCEPT)/CMakeCache.txt: | setup-fuzz
	CXX=clang++-14 CC=clang-14 cmake -S . -B $(FUZZ_NOEXCEPT) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLADDER_FUZZ=ON -DLADDER_NO_EXCEPTIONS=ON

# Build the site and serve dist/ on http://127.0.0.1:8080.
serve: web
	node shell/serve.mjs dist 8080
# The hosted site and the offline single file in dist/ (the web build writes them).
dist: web
# The performance table, each figure beside its bar (docs/TESTING.md), also written to
# build/bench.json: sizes, start-up, frame times, the mirror's DOM writes, merges natively and
# in the page, memory, and Lighthouse's default mobile run (Debian's Chromium).
bench: native web setup-browser $(LIGHTHOUSE)/node_modules/.ladder-lock
	CHROME_PATH=/usr/bin/chromium node tests/bench/run.mjs
# Lighthouse is for make bench only, so it has its own folder and lockfile and is installed here
# on demand, never by setup or make test. The stamp is the lockfile last installed: a changed
# lockfile installs again.
$(LIGHTHOUSE)/node_modules/.ladder-lock: $(LIGHTHOUSE)/package-lock.json | setup-browser
	cd $(LIGHTHOUSE) && npm ci --no-audit --no-fund --loglevel=error
	cp $< $@

# Remove every build output (the fuzz builds with their corpora too); the ImGui sources in
# build/_deps and tests/node_modules stay.
clean:
	rm -rf $(NATIVE) $(NOEXCEPT) $(SANITIZE) $(FUZZ) $(FUZZ_NOEXCEPT) $(WEB) dist
