# shellcheck shell=bash
# Shared steps of tools/run and tools/test: install missing Debian packages, configure, build.
# Sourced, not executed; the caller has `set -euo pipefail`.

# The repo root is two levels above this file, whatever the caller's cwd.
NESTOGY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# A relative BUILD_DIR is taken relative to the repo root, not the cwd.
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in
    /*) ;;
    *) BUILD_DIR="$NESTOGY_ROOT/$BUILD_DIR" ;;
esac
export BUILD_DIR

log() { printf '==> %s\n' "$*"; }
warn() { printf 'tools/%s: %s\n' "${0##*/}" "$*" >&2; }
die() {
    warn "error: $*"
    exit 1
}

# Package names, from packaging/debian-packages.txt only ('#' starts a comment).
nestogy_package_list() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$NESTOGY_ROOT/packaging/debian-packages.txt"
}

# Installs the listed packages that dpkg does not report as installed. apt-get update runs only then,
# so a machine that has everything makes no network call.
ensure_packages() {
    local -a wanted missing=()
    local installed pkg
    mapfile -t wanted < <(nestogy_package_list)
    [[ ${#wanted[@]} -gt 0 ]] || die "packaging/debian-packages.txt lists no package"
    # One dpkg-query for all: unknown names print to stderr and make it exit 1, which is expected here.
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${wanted[@]}" 2>/dev/null || true)"
    for pkg in "${wanted[@]}"; do
        grep -qx "$pkg installed" <<<"$installed" || missing+=("$pkg")
    done
    [[ ${#missing[@]} -gt 0 ]] || return 0

    log "Installing missing Debian packages: ${missing[*]}"
    local -a sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || die "not root and no sudo: install these first: ${missing[*]}"
        sudo=(sudo)
    fi
    # No stdin in CI: never let apt or a maintainer script ask anything.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" </dev/null \
        || die "apt-get install failed for: ${missing[*]}"
}

# Configures BUILD_DIR with Ninja. Always run: on a configured tree it only re-checks the cache; the
# build type and Werror are passed every time so CI=true cannot be lost on an old tree.
configure_build() {
    local -a opts=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if [[ "${CI:-}" == "true" ]]; then
        opts+=(-DNESTOGY_WERROR=ON)
    fi
    if [[ -f "$BUILD_DIR/CMakeCache.txt" ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$BUILD_DIR/CMakeCache.txt"; then
        die "$BUILD_DIR was configured with another generator than Ninja; remove it or set BUILD_DIR"
    fi
    log "Configuring $BUILD_DIR (RelWithDebInfo${CI:+, CI=$CI})"
    cmake -S "$NESTOGY_ROOT" -B "$BUILD_DIR" -G Ninja "${opts[@]}" || die "cmake configure failed"
}

# Builds the given targets (default: all). Ninja picks the job count from the cores;
# CMAKE_BUILD_PARALLEL_LEVEL overrides it.
build_targets() {
    local -a targets=()
    local t
    for t in "$@"; do targets+=(--target "$t"); done
    log "Building ${*:-all}"
    cmake --build "$BUILD_DIR" "${targets[@]}" || die "build failed"
}

# The common first step: packages, then configure. Paths are absolute, so the caller's cwd stays
# (tools/run passes relative paths through to the program).
setup_build() {
    ensure_packages
    configure_build
}
