#!/usr/bin/env bash
# Installs everything the build and the tests need, on a fresh Debian 12 machine as root.
# Idempotent: each step checks first and says what it skips, so a second run installs
# nothing and takes seconds. Called by `make setup` (and so by serve, test, dist, bench).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf '[setup] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------
# emscripten pulls clang/lld/binaryen; chromium drives the browser tests; fonts-inter is the
# UI typeface, subset at build time with pyftsubset (fonttools).
packages=(cmake make g++ xz-utils ca-certificates emscripten nlohmann-json3-dev doctest-dev
          chromium fonts-inter fonttools)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    say "missing Debian packages: ${missing[*]}"
    say "run as root, or: sudo apt-get install ${missing[*]}"
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "Debian packages present"
fi

# --- Dear ImGui sources (Debian source package, never committed) -----------------------
# The binary package ships no imgui.cpp, so we fetch the source package with a private apt
# state folder (nothing under /etc changes) and check the upstream tarball's checksum.
imgui_version=1.90.1
imgui_deb=1.90.1+ds-1
imgui_sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
imgui_dir=$root/build/_deps/imgui
if [ -f "$imgui_dir/.version" ] && [ "$(cat "$imgui_dir/.version")" = "$imgui_version" ]; then
  say "ImGui $imgui_version sources present"
else
  say "fetching ImGui $imgui_deb sources from Debian's source archive"
  apt_dir=$root/build/_deps/apt
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/src"
  # Use the archive host the machine is already configured with.
  host=$( { grep -rhs '^URIs:' /etc/apt/sources.list.d/ | awk '{print $2}';
            grep -rhs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/ | awk '{print $2}'; } \
          | grep -E '/debian/?$' | head -n1 || true)
  host=${host%/}
  [ -n "$host" ] || { say "no Debian archive configured in /etc/apt"; exit 1; }
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $host trixie main" > "$apt_dir/sources.list"
  o=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
     -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)
  apt-get "${o[@]}" update -q
  (cd "$apt_dir/src" && apt-get "${o[@]}" source --download-only "imgui=$imgui_deb")
  tarball=$apt_dir/src/imgui_${imgui_version}+ds.orig.tar.xz
  echo "$imgui_sha256  $tarball" | sha256sum -c --quiet -
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xJf "$tarball" -C "$imgui_dir" --strip-components=1
  echo "$imgui_version" > "$imgui_dir/.version"
  rm -rf "$apt_dir/lists"   # 20+ MB of package lists we no longer need
  say "ImGui $imgui_version unpacked into build/_deps/imgui"
fi

# --- Node packages for the browser tests (pinned by the lockfile) ----------------------
stamp=$root/tests/node_modules/.ladder-lock
if [ -f "$stamp" ] && cmp -s "$stamp" "$root/tests/package-lock.json"; then
  say "Node packages present"
else
  say "installing Node packages (npm ci in tests/)"
  (cd "$root/tests" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$root/tests/package-lock.json" "$stamp"
fi
say "done"
