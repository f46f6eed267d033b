#!/usr/bin/env bash
# Installs what the build and the tests need on Debian 12, in three parts:
#
#   .ci/setup.sh native    cmake, make, g++, nlohmann/json, doctest: enough for `make cli test-native`
#   .ci/setup.sh web       Emscripten, the Inter font and fonttools, the Dear ImGui sources,
#                          npm and the site build's Node packages (npm ci in shell/: terser)
#   .ci/setup.sh browser   Chromium, Node, the Node packages of tests/ (npm ci)
#   .ci/setup.sh [all]     all three
#   .ci/setup.sh fuzz      clang-14 and its libFuzzer runtime, for `make fuzz` only (not in all)
#
# Several parts may be named at once. The web build also needs the native part and the browser
# tests need the web build; the Makefile's setup-* targets run the parts in that order.
#
# Each part checks first and installs only what is missing, so a second run installs nothing,
# prints nothing and needs no root. Only installing Debian packages needs root: without root,
# the script names the missing packages and exits with 1. The ImGui sources and the Node
# packages are fetched into build/, shell/ and tests/ as any user.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf '[setup] %s\n' "$*"; }

# Installs the named Debian packages that are not installed yet.
need_debs() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    say "missing Debian packages: ${missing[*]}"
    say "install them as root, then run this again:"
    say "  sudo apt-get install --no-install-recommends ${missing[*]}"
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  # Wait for another apt run (another checkout's setup, unattended upgrades) instead of failing.
  local wait=(-o DPkg::Lock::Timeout=600)
  apt-get "${wait[@]}" update -q
  DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" install -y -q --no-install-recommends "${missing[@]}"
}

# The Node packages of a folder (shell, tests), pinned by its lockfile; the stamp is the
# lockfile that was last installed, so a changed lockfile installs again.
npm_ci() {
  local dir=$root/$1
  local stamp=$dir/node_modules/.ladder-lock
  cmp -s "$stamp" "$dir/package-lock.json" && return 0
  say "installing Node packages (npm ci in $1/)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$dir/package-lock.json" "$stamp"
}

setup_native() {
  need_debs cmake make g++ nlohmann-json3-dev doctest-dev
}

setup_fuzz() {
  # libFuzzer ships with clang's runtime libraries (libclang_rt.fuzzer*.a), together with the
  # ASan and UBSan runtimes the fuzz builds link.
  need_debs clang-14 libclang-rt-14-dev
}

setup_web() {
  # emscripten pulls clang, lld, binaryen and Node; fonts-inter is the UI typeface, subset at
  # build time with fonttools; xz-utils and ca-certificates serve the ImGui fetch below; npm
  # installs the site build's minifier (Node from elsewhere usually brings its own npm).
  local debs=(emscripten fonts-inter fonttools xz-utils ca-certificates)
  command -v npm >/dev/null 2>&1 || debs+=(npm)
  need_debs "${debs[@]}"
  npm_ci shell

  # Dear ImGui comes from Debian's *source* package (the binary package ships no imgui.cpp) and
  # is never committed. A private apt state folder fetches it as any user without changing
  # anything under /etc; apt checks the archive's signature, we check the upstream tarball.
  local version=1.90.1 deb=1.90.1+ds-1
  local sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
  local dir=$root/build/_deps/imgui apt_dir=$root/build/_deps/apt
  [ "$(cat "$dir/.version" 2>/dev/null)" = "$version" ] && return 0
  say "fetching ImGui $deb sources from Debian's source archive"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/src"
  # Use the archive host the machine is already configured with.
  local host
  host=$( { grep -rhs '^URIs:' /etc/apt/sources.list.d/ | awk '{print $2}';
            grep -rhs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/ | awk '{print $2}'; } \
          | grep -E '/debian/?$' | head -n1 || true)
  host=${host%/}
  [ -n "$host" ] || { say "no Debian archive configured in /etc/apt"; exit 1; }
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $host trixie main" > "$apt_dir/sources.list"
  # As root apt would download as the _apt user, who cannot write into build/: stay root.
  local o=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
           -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)
  apt-get "${o[@]}" update -q
  (cd "$apt_dir/src" && apt-get "${o[@]}" source --download-only "imgui=$deb")
  local tarball=$apt_dir/src/imgui_${version}+ds.orig.tar.xz
  echo "$sha256  $tarball" | sha256sum -c --quiet -
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xJf "$tarball" -C "$dir" --strip-components=1
  echo "$version" > "$dir/.version"
  rm -rf "$apt_dir/lists"   # 20+ MB of package lists we no longer need
  say "ImGui $version unpacked into build/_deps/imgui"
}

setup_browser() {
  # Node may come from elsewhere than Debian (it then usually brings npm); ask only for what is absent.
  local debs=(chromium)
  command -v node >/dev/null 2>&1 || debs+=(nodejs)
  command -v npm >/dev/null 2>&1 || debs+=(npm)
  need_debs "${debs[@]}"

  npm_ci tests
}

[ $# -gt 0 ] || set -- all
for part in "$@"; do
  case $part in
    native|web|browser|fuzz|all) ;;
    *) echo "usage: $0 [native|web|browser|fuzz|all]..." >&2; exit 2 ;;
  esac
done
for part in "$@"; do
  case $part in
    native) setup_native ;;
    web) setup_web ;;
    browser) setup_browser ;;
    fuzz) setup_fuzz ;;
    all) setup_native; setup_web; setup_browser ;;
  esac
done
