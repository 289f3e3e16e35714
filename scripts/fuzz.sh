#!/usr/bin/env bash
# `make fuzz`: builds the afq-fuzz target with libFuzzer and AddressSanitizer (its own build
# folder, .build/fuzz) and runs each target for FUZZ_SECONDS (default 60) on a corpus seeded
# from the golden cases, the examples and their data. Inputs that crash are kept in
# .build/fuzz/crashes/<target>/; copy them to Tests/afqTests/FuzzRegressions/<target>/ and the
# test suite replays them from then on (docs/reliability.md, "Fuzzing"). FUZZ_RUNS=N runs each
# target for N inputs from a fixed seed instead, so a run finds the same things every time (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:-}
if [ -n "$runs" ]; then
    budget=(-runs="$runs" -seed=1) budget_text="$runs runs"
else
    budget=(-max_total_time="$seconds") budget_text="$seconds s"
fi
targets=${FUZZ_TARGETS:-json query render regex}
scratch=.build/fuzz
# Coverage for libFuzzer and AddressSanitizer, and libFuzzer without its `main`: SwiftPM gives
# every executable a `main` of its own, which hands over to libFuzzer's driver (Entry.swift).
runtime=$(dirname "$(dirname "$(command -v swift)")")/lib/swift/clang/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a
swift build --scratch-path "$scratch" -c release --product afq-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -DAFQ_FUZZING -Xlinker "$runtime" -Xlinker -lstdc++
binary="$scratch/release/afq-fuzz"

seed() {
    local target=$1 corpus=$scratch/corpus/$1
    mkdir -p "$corpus"
    case $target in
    query)
        find Tests/afqTests/Cases examples -name '*.afq' -exec cp {} "$corpus/" \; ;;
    render)
        find examples/data -name '*.json' -exec cp {} "$corpus/" \; ;;
    json)
        # The first byte picks JSON Lines (even) or a document (odd).
        for file in examples/data/*.jsonl; do { printf '\000'; cat "$file"; } > "$corpus/$(basename "$file")"; done
        for file in examples/data/*.json; do { printf '\001'; cat "$file"; } > "$corpus/$(basename "$file")"; done ;;
    regex)
        # Each line is a pattern, a tab and a text; an input is the pattern, a NUL byte and the text.
        n=0
        while IFS=$'\t' read -r pattern text; do
            n=$((n + 1))
            { printf '%s' "$pattern"; printf '\000'; printf '%s' "$text"; } > "$corpus/seed-$n"
        done < Tests/afqTests/FuzzSeeds/regex.txt ;;
    esac
    if [ -d "Tests/afqTests/FuzzRegressions/$target" ]; then cp Tests/afqTests/FuzzRegressions/"$target"/* "$corpus/"; fi
}

# Leaks are not looked for: Swift's lazily made globals (schemas, libraries, caches) look like
# leaks to LeakSanitizer the first time an input reaches them.
status=0
for target in $targets; do
    seed "$target"
    mkdir -p "$scratch/crashes/$target"
    echo "== $target: $budget_text"
    ASAN_OPTIONS=detect_leaks=0 AFQ_FUZZ_TARGET=$target "$binary" "$scratch/corpus/$target" "${budget[@]}" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$scratch/crashes/$target/" -print_final_stats=1 \
        2>&1 | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|Done)' \
        || status=1
done
exit $status
