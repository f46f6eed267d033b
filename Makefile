# Entry points (SPEC section 3). Thin on purpose: the work is in CMake, .ci/setup.sh and npm.
#   make setup   install what is missing (Debian packages, ImGui sources, Node packages)
#   make test    build native + web, run every unit test (CTest) and browser test (node --test)
#   make serve   build the web app and serve dist/ on http://127.0.0.1:8080
#   make dist    the hosted site and the offline single file in dist/
#   make bench   the performance table
#   make cli     just the native command-line tool, build/native/ladder-cli
JOBS ?= 2
NATIVE := build/native
WEB := build/web
# Emscripten 3.1.6 on Debian needs Node to find Debian's acorn (TOOLCHAIN trap 1).
export NODE_PATH := /usr/share/nodejs
# Node 20's global fetch makes 3.1.6's output think it runs in a browser (TOOLCHAIN trap 4/8).
WASM_EMULATOR := /usr/bin/node;--no-experimental-fetch

.PHONY: setup native web cli test test-native test-web test-browser serve dist bench clean

setup:
	@./.ci/setup.sh

$(NATIVE)/CMakeCache.txt:
	cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release

$(WEB)/CMakeCache.txt:
	emcmake cmake -S . -B $(WEB) -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CROSSCOMPILING_EMULATOR=$(WASM_EMULATOR)"

native: setup $(NATIVE)/CMakeCache.txt
	cmake --build $(NATIVE) -j$(JOBS)

web: setup $(WEB)/CMakeCache.txt
	cmake --build $(WEB) -j$(JOBS)

cli: native

test-native: native
	ctest --test-dir $(NATIVE) -j$(JOBS) --output-on-failure

test-web: web
	ctest --test-dir $(WEB) -j$(JOBS) --output-on-failure

test-browser: native web
	cd tests && node --test --test-concurrency=1 schema/ e2e/

test: test-native test-web test-browser

serve: web
	node shell/serve.mjs dist 8080

dist: web

bench: native web
	node tests/bench/run.mjs

clean:
	rm -rf $(NATIVE) $(WEB) dist
