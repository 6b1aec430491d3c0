#!/usr/bin/env bash
# PayOps Console set-up: installs the Debian 12 packages that are missing, builds, then
#   ./setup.sh run    starts paysim and the console watching it (default)
#   ./setup.sh test   runs the whole test suite (unit, integration, widget, benchmarks briefly)
#   ./setup.sh bench  runs the benchmarks at full length and prints their figures
# Extra arguments after `run` go to the console, e.g. ./setup.sh run --lang zh_CN
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6
    libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev libsqlite3-dev sqlite3
    prometheus prometheus-node-exporter prometheus-alertmanager curl
    xvfb xauth imagemagick fonts-noto-cjk fonts-dejavu-core
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset default >/dev/null
    cmake --build --preset default -j"$(nproc)"
}

paysim_pid="" # global: the EXIT trap runs after run_console has returned
stop_paysim() {
    if [ -n "$paysim_pid" ]; then kill "$paysim_pid" 2>/dev/null || true; fi
}

run_console() {
    if ! curl -s -o /dev/null --max-time 1 http://127.0.0.1:9101/health; then
        build/app/paysim/paysim &
        paysim_pid=$!
        trap stop_paysim EXIT
    fi
    build/app/payops/payops "$@"
}

command=${1:-run}
[ $# -gt 0 ] && shift
install_missing
build
case "$command" in
    run)   run_console "$@" ;;
    test)  ctest --preset default "$@" ;;
    bench) for b in build/tests/bench/bench_*; do [ -x "$b" ] && "$b"; done ;;
    *)     echo "usage: $0 [run|test|bench] [args…]" >&2; exit 2 ;;
esac
