# Entry points only: the build is in CMakeLists.txt, the installing in .ci/setup.sh, the browser
# tests' packages in tests/package.json. Native and web builds live in build/native and build/web.
JOBS ?= 2
NATIVE := build/native
WEB := build/web
NOEXCEPT := build/native-noexcept
SANITIZE := build/native-sanitize
LIGHTHOUSE := tests/bench/lighthouse
# Debian's Emscripten 3.1.6 links with Node scripts that need Debian's acorn module, which lives
# in /usr/share/nodejs, a folder Node does not search by default.
export NODE_PATH := /usr/share/nodejs
# How CTest runs the wasm tests. Emscripten's default asks Node for --experimental-wasm-threads,
# which Node 20 rejects; and Node 20's global fetch makes 3.1.6's output believe it runs in a
# browser and fetch its .wasm by URL, so we turn that fetch off.
WASM_EMULATOR := /usr/bin/node;--no-experimental-fetch

.PHONY: setup setup-native setup-web setup-browser native web cli test test-native test-noexcept test-sanitize test-web test-browser \
        serve dist bench clean

# Install what is missing (needs root only for Debian packages; see .ci/setup.sh). The web
# build needs the native part too and the browser tests need the web build, so the parts run
# in that order, one at a time, even under make -j.
setup: setup-native setup-web setup-browser
# cmake, g++, nlohmann/json, doctest: all that cli and test-native need.
setup-native:
	@./.ci/setup.sh native
# Emscripten, the Inter font and fonttools, the Dear ImGui sources in build/_deps/imgui.
setup-web: | setup-native
	@./.ci/setup.sh web
# Chromium, Node and npm, and npm ci in tests/.
setup-browser: | setup-web
	@./.ci/setup.sh browser

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
test-noexcept: $(NOEXCEPT)/CMakeCache.txt
	cmake --build $(NOEXCEPT) -j$(JOBS) --target ladder_core_tests ladder-cli
	ctest --test-dir $(NOEXCEPT) -j$(JOBS) --output-on-failure -R '^(native|cli):'
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

# Build the site and serve dist/ on http://127.0.0.1:8080.
serve: web
	node shell/serve.mjs dist 8080
# The hosted site and the offline single file in dist/ (the web build writes them).
dist: web
# The performance table: page size, first frame, idle frames, frame time with and without the
# accessibility mirror, the mirror's DOM writes, native merge time, Lighthouse's accessibility
# and best-practices scores (Debian's Chromium).
bench: native web setup-browser $(LIGHTHOUSE)/node_modules/.ladder-lock
	CHROME_PATH=/usr/bin/chromium node tests/bench/run.mjs
# Lighthouse is for make bench only, so it has its own folder and lockfile and is installed here
# on demand, never by setup or make test. The stamp is the lockfile last installed: a changed
# lockfile installs again.
$(LIGHTHOUSE)/node_modules/.ladder-lock: $(LIGHTHOUSE)/package-lock.json | setup-browser
	cd $(LIGHTHOUSE) && npm ci --no-audit --no-fund --loglevel=error
	cp $< $@

# Remove every build output; the ImGui sources in build/_deps and tests/node_modules stay.
clean:
	rm -rf $(NATIVE) $(NOEXCEPT) $(SANITIZE) $(WEB) dist
