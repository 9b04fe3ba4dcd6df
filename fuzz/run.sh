#!/usr/bin/env bash
# Builds and runs every fuzz target for SECONDS each (default 60), one after another, and
# prints per target the executions and the crashes, OOMs and timeouts found.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# Targets: long wide json workbook instrument differential stacked expand ledger.
#
# Works on stable Rust: cargo-fuzz passes nightly-only flags (-Zsanitizer, ...), which
# RUSTC_BOOTSTRAP=1 allows. AddressSanitizer works there and is the default: it also makes
# libFuzzer's -malloc_limit_mb effective (its malloc hooks need a sanitizer runtime). Where
# it does not work, FUZZ_SANITIZER=none (Rust's own checks still catch panics and overflows). Each target runs in libFuzzer's fork
# mode with one job, so a crash, OOM or timeout is saved under fuzz/artifacts/<target>/ and
# fuzzing goes on. Memory over 2 GiB (RSS or one allocation) and inputs slower than 10 s
# count as findings. Logs go to fuzz/logs/<target>.log.
#
# Environment: FUZZ_SANITIZER (none), FUZZ_JOBS (1), FUZZ_TIMEOUT (10 s per input),
# PKGURU_FUZZ_WORKBOOK (e.g. xlsx,ods: only those workbook kinds; see the target).
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(long wide json workbook instrument differential stacked expand ledger)
sanitizer=${FUZZ_SANITIZER:-address}
jobs=${FUZZ_JOBS:-1}
timeout=${FUZZ_TIMEOUT:-10}
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null || { echo "run.sh: needs cargo-fuzz (cargo install cargo-fuzz --locked)" >&2; exit 2; }

max_len() {
  case $1 in
    workbook) echo 65536 ;;        # small real workbooks are 6-16 KiB
    long | json | instrument) echo 32768 ;;   # seeds up to 25 KiB
    stacked) echo 16384 ;;         # seeds up to 10 KiB (exports of two teachers)
    ledger) echo 16384 ;;          # database seeds up to 10 KiB (512-byte pages)
    wide) echo 8192 ;;
    differential) echo 4096 ;;     # the target pads lines past 64 KiB itself
    expand) echo 256 ;;            # numbers only: the target builds the workbook
    *) echo 16384 ;;
  esac
}

# Only the targets asked for are built: one that does not build does not stop the others.
for t in "${targets[@]}"; do
  cargo fuzz build -O -s "$sanitizer" "$t" || exit 2
done

mkdir -p fuzz/logs
status=0
printf '%-13s %8s %12s %8s %6s %8s %6s\n' target seconds executions exec/s crash oom timeout
for t in "${targets[@]}"; do
  mkdir -p "fuzz/artifacts/$t" "fuzz/corpus/$t"
  before=$(mktemp)
  ls "fuzz/artifacts/$t" >"$before"
  log=fuzz/logs/$t.log
  start=$(date +%s)
  cargo fuzz run -O -s "$sanitizer" "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout="$timeout" \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -fork="$jobs" -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
    -print_final_stats=1 >"$log" 2>&1
  rc=$?
  took=$(($(date +%s) - start))
  # Fork mode reports "#<execs>: cov: ..."; plain mode ends with "Done <execs> runs".
  execs=$(grep -aoE '^#[0-9]+:' "$log" | tail -1 | tr -d '#:')
  [ -z "$execs" ] && execs=$(grep -aoE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
  new=$(ls "fuzz/artifacts/$t" | grep -vxF -f "$before" || true)
  rm -f "$before"
  crash=$(grep -c '^crash-' <<<"$new")
  oom=$(grep -c '^oom-' <<<"$new")
  slow=$(grep -c '^timeout-' <<<"$new")
  printf '%-13s %8s %12s %8s %6s %8s %6s\n' "$t" "$took" "${execs:-?}" "$(( ${execs:-0} / (took > 0 ? took : 1) ))" "$crash" "$oom" "$slow"
  if [ $((crash + oom + slow)) -gt 0 ] || [ $rc -ne 0 ]; then
    status=1
    [ $rc -ne 0 ] && echo "  $t: libFuzzer exited with $rc (see $log)"
    n=0
    for f in $new; do
      n=$((n + 1))
      [ $n -le 5 ] && echo "  new finding: fuzz/artifacts/$t/$f"
    done
    [ $n -gt 5 ] && echo "  ... and $((n - 5)) more in fuzz/artifacts/$t/"
  fi
done
exit $status
