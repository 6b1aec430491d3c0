#!/usr/bin/env bash
# PayOps Console set-up: installs the Debian 12 packages that are missing, builds, then
#   ./setup.sh run    starts paysim and the console watching it (default)
#   ./setup.sh test   runs the whole test suite (unit, integration, widget, benchmarks briefly), then the
#                     suite again built with AddressSanitizer + UBSan (preset asan; no benchmarks, no
#                     screenshots), then each fuzz target for 10 s (preset fuzz, clang + libFuzzer)
#   ./setup.sh package  builds the payops-console .deb from the build tree (build/package/), checked by lintian
#   ./setup.sh bench  runs the benchmarks at full length and prints their figures
#   ./setup.sh fuzz   runs each fuzz target for FUZZ_SECONDS (300) and keeps the inputs that crash one
#                     as regression cases under tests/data/fuzz/<target>/regressions
# Extra arguments after `run` go to the console, e.g. ./setup.sh run --lang zh_CN
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-multimedia-dev libqt6sql6-sqlite libqt6svg6
    libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev libsqlite3-dev sqlite3
    clang libclang-rt-dev
    prometheus prometheus-node-exporter prometheus-alertmanager curl openssl
    xvfb xauth imagemagick fonts-noto-cjk fonts-dejavu-core
    dpkg-dev fakeroot lintian appstream desktop-file-utils help2man librsvg2-bin
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

# The suite again under AddressSanitizer + UndefinedBehaviorSanitizer: a memory error or undefined
# behaviour fails the run. The preset leaves out the benchmarks and the screenshot tests (label filter).
run_sanitized_tests() {
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j"$(nproc)"
    ctest --preset asan "$@"
}

# libFuzzer needs clang: the fuzz preset builds payops_models and the fuzz targets only, with clang.
build_fuzzers() {
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j"$(nproc)"
}

# Each fuzz target for FUZZ_SECONDS; an input that crashes one is copied into its regressions folder
# (replayed by every `ctest --preset fuzz` from then on) and the run fails.
fuzz_long() {
    local seconds=${FUZZ_SECONDS:-300} failed=0 fuzzer name data work artifacts found
    for fuzzer in build-fuzz/tests/fuzz/fuzz_*; do
        [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
        name=${fuzzer##*/fuzz_}
        data=tests/data/fuzz/$name
        work=build-fuzz/tests/fuzz/corpus/$name
        artifacts=build-fuzz/tests/fuzz/artifacts/$name
        mkdir -p "$work" "$artifacts" "$data/regressions"
        echo "== fuzz_$name for ${seconds} s"
        "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$artifacts/" "$work" "$data/seeds" "$data/regressions" || failed=1
        for found in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
            [ -e "$found" ] || continue
            mv "$found" "$data/regressions/"
            echo "kept $data/regressions/${found##*/} (fix the bug; the input stays as a regression case)"
            failed=1
        done
    done
    return $failed
}

# The .deb from the tree just built (no second build): CPack with dpkg-shlibdeps, then lintian.
build_package() {
    if [ ! -f build/CPackConfig.cmake ]; then
        echo "packaging is disabled: see 'Packaging disabled' in the cmake output for the missing tool" >&2
        return 1
    fi
    (cd build && cpack --config CPackConfig.cmake -B package)
    local deb
    deb=$(ls -t build/package/payops-console_*.deb | head -n1)
    lintian --fail-on error "$deb"
    echo "built $deb (install: sudo apt-get install ./$deb)"
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
        echo "Started paysim (pid $paysim_pid) for the console; it stops when the console does."
    fi
    build/app/payops/payops "$@"
}

command=${1:-run}
[ $# -gt 0 ] && shift
install_missing
build
case "$command" in
    run)   run_console "$@" ;;
    test)  ctest --preset default "$@"
           run_sanitized_tests "$@"
           build_fuzzers
           ctest --preset fuzz ;;
    bench) for b in build/tests/bench/bench_*; do [ -x "$b" ] && "$b"; done ;;
    fuzz)  build_fuzzers
           fuzz_long ;;
    package) build_package ;;
    *)     echo "usage: $0 [run|test|bench|fuzz|package] [args…]" >&2; exit 2 ;;
esac
