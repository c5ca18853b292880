#!/usr/bin/env bash
# Installs everything Onward needs to build and test, on Debian 12, and nothing twice.
# Debian packages come from the machine's own apt sources; Dear ImGui comes as a Debian
# *source* package from the next Debian release, fetched through a private apt config
# under build/_deps so the system's apt sources are never edited; npm packages come from
# tests/package-lock.json. Every version is pinned here and checked after install.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

say()  { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
stop() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || stop "Please run as root, or install sudo: some Debian packages are missing."
  SUDO=sudo
fi

# package -> version prefix we build and test against
declare -A PINNED=(
  [emscripten]="3.1.6"
  [node-acorn]="8."
  [nlohmann-json3-dev]="3.11."
  [doctest-dev]="2.4."
  [chromium]=""            # security updates move it; any Debian 12 build works
  [fonts-inter]="4.0"
  [fonttools]="4."
  [librsvg2-bin]="2.54."    # rsvg-convert: the app icons from web/icon.svg
  [libbenchmark-dev]="1.7."
  [clang]="1:14."
  [libclang-rt-14-dev]="1:14."  # libFuzzer and the sanitizers, for the fuzz targets
  [cmake]="3.25."
  [dpkg-dev]="1.21."
  [xz-utils]=""
  [ca-certificates]=""
)
# The browser tests and the local server need node and npm; a machine may already have
# a newer node from elsewhere, which is fine (>= 18).
command -v node >/dev/null || PINNED[nodejs]="18."
command -v npm  >/dev/null || PINNED[npm]="9."

installed_version() { dpkg-query -W -f='${Status} ${Version}\n' "$1" 2>/dev/null | awk '/install ok installed/{print $4}'; }

missing=()
for p in "${!PINNED[@]}"; do
  [ -n "$(installed_version "$p")" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  command -v apt-get >/dev/null || stop "apt-get not found: Onward's setup expects Debian 12 (bookworm)."
  $SUDO apt-get update -q || stop "apt-get update failed: check that this machine reaches its Debian mirror."
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" \
    || stop "Could not install ${missing[*]}. On Debian 12 these are all in 'main'; check apt's output above."
fi
for p in "${!PINNED[@]}"; do
  v=$(installed_version "$p")
  [ -n "$v" ] || stop "$p is still not installed: install it with apt-get and run this again."
  case "$v" in "${PINNED[$p]}"*) ;; *) stop "$p is $v, Onward is pinned to ${PINNED[$p]}*. Use Debian 12 (bookworm), or adjust scripts/setup.sh knowingly." ;; esac
done
node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' \
  || stop "node $(node --version) is too old; Onward's browser tests need node 18 or newer."

# --- Dear ImGui, from Debian's source package, pinned by version and checksum ---------
IMGUI_VERSION="1.90.1+ds-1"
IMGUI_SUITE="trixie"
IMGUI_DSC_SHA256="c4a51732584a10d46461c683ea82bc6f0f6a29954600d656725168e95b4826d8"
IMGUI_ORIG_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
DEPS="$ROOT/build/_deps"
IMGUI_DIR="$DEPS/imgui"
if [ ! -f "$IMGUI_DIR/.onward-$IMGUI_VERSION" ]; then
  say "fetching Dear ImGui $IMGUI_VERSION (Debian source package)"
  APT="$DEPS/apt"
  rm -rf "$APT" "$IMGUI_DIR"
  mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$APT/parts" "$APT/prefs" "$APT/src"
  # Reuse the mirror this machine already trusts, only asking it for another suite's sources.
  mirror=$( (grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}'; \
             grep -h '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
               | sed 's/\[[^]]*\]//' | awk '{print $2}') | grep -m1 '/debian/\?$' || true)
  [ -n "$mirror" ] || stop "No Debian mirror found in /etc/apt: cannot fetch the imgui source package. Or pass -DIMGUI_DIR=<your checkout> to cmake."
  echo "deb-src $mirror $IMGUI_SUITE main" > "$APT/sources.list"
  # apt drops privileges to _apt for downloads; let it write here.
  chmod -R a+rwX "$APT"
  A=(-o "Dir::Etc::SourceList=$APT/sources.list" -o "Dir::Etc::SourceParts=$APT/parts"
     -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache"
     -o "Dir::Etc::PreferencesParts=$APT/prefs" -o "Dir::Etc::Preferences=$APT/prefs/none"
     -o "APT::Sandbox::User=root")
  apt-get "${A[@]}" -q update >/dev/null || stop "Could not read the $IMGUI_SUITE source index from $mirror."
  (cd "$APT/src" && apt-get "${A[@]}" -q source --download-only "imgui=$IMGUI_VERSION" >/dev/null) \
    || stop "Could not download imgui $IMGUI_VERSION sources."
  echo "$IMGUI_DSC_SHA256  $APT/src/imgui_$IMGUI_VERSION.dsc" | sha256sum -c --quiet \
    || stop "imgui .dsc checksum mismatch: refusing to build with unexpected sources."
  echo "$IMGUI_ORIG_SHA256  $APT/src/imgui_${IMGUI_VERSION%-*}.orig.tar.xz" | sha256sum -c --quiet \
    || stop "imgui source tarball checksum mismatch: refusing to build with unexpected sources."
  dpkg-source -q --no-check -x "$APT/src/imgui_$IMGUI_VERSION.dsc" "$IMGUI_DIR" >/dev/null
  touch "$IMGUI_DIR/.onward-$IMGUI_VERSION"
fi

# --- npm dev dependencies for the browser tests, exactly as locked -----------------------
if [ ! -f tests/node_modules/.package-lock.json ] || ! cmp -s tests/package-lock.json tests/node_modules/.onward-lock; then
  say "installing browser-test dependencies (npm ci)"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error) || stop "npm ci failed in tests/: check that the npm registry is reachable."
  cp tests/package-lock.json tests/node_modules/.onward-lock
fi
say "ready"
