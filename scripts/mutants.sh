#!/usr/bin/env bash
# Mutation testing of the pure core (crates/core) with cargo-mutants; not part of CI (too slow).
#
#   scripts/mutants.sh                 # every mutant of the core crate, library unit tests
#   scripts/mutants.sh credit.rs       # only the mutants of crates/core/src/credit.rs
#   MUTANTS_TESTS=all scripts/mutants.sh   # the whole test suite (hours on 2 cores)
#
# Exits 1 when fewer than MUTANTS_MIN percent (default 95) of the viable mutants are caught.
#
# Needs `cargo install cargo-mutants --locked`. Configuration: .cargo/mutants.toml.
# Output goes to target/mutants/mutants.out (ignored by git; MUTANTS_OUT=DIR puts it elsewhere).
# The script ends with a table of caught / missed / unviable / timeout per file and the share of
# viable mutants caught (caught / (caught + missed)).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo mutants --version >/dev/null 2>&1; then
  echo "cargo-mutants is not installed: cargo install cargo-mutants --locked" >&2
  exit 2
fi

out=${MUTANTS_OUT:-target/mutants}
args=(--jobs 1 --package pkguru-core --output "$out")
# Files named on the command line narrow the run (a regex on the mutant names: `--file` would
# add to examine_globs instead of narrowing).
for f in "$@"; do
  f="crates/core/src/${f#crates/core/src/}"
  args+=(--re "^${f//./\\.}:")
done

# Which tests judge each mutant. `lib` (the default): the core crate's unit tests, which hold the
# core's own tests; a few seconds per mutant. `all`: every test target (integration tests run
# the binary and convert workbooks; about a minute per mutant).
case "${MUTANTS_TESTS:-lib}" in
  lib) args+=(--cargo-arg=--lib) ;;
  all) ;;
  *) echo "MUTANTS_TESTS must be lib or all" >&2; exit 2 ;;
esac

# No debug info: the scratch copy builds faster and links faster after each mutation.
export CARGO_PROFILE_DEV_DEBUG=0

start=$(date +%s)
status=0
cargo mutants "${args[@]}" || status=$?
# cargo-mutants exits 2 when mutants were missed and 3 on timeouts: report them, don't stop.
case $status in 0 | 2 | 3) ;; *) exit "$status" ;; esac
elapsed=$(($(date +%s) - start))

dir="$out/mutants.out"
count() { # count FILE OUTCOME: mutants of FILE listed in OUTCOME.txt
  local list="$dir/$2.txt"
  [ -f "$list" ] || { echo 0; return; }
  grep -c "^$1:" "$list" || true
}
printf '\n%-28s %7s %7s %9s %8s %8s\n' file caught missed unviable timeout caught%
tc=0 tm=0 tu=0 tt=0
for file in $(cat "$dir"/{caught,missed,unviable,timeout}.txt 2>/dev/null | cut -d: -f1 | sort -u); do
  c=$(count "$file" caught) m=$(count "$file" missed) u=$(count "$file" unviable) t=$(count "$file" timeout)
  tc=$((tc + c)) tm=$((tm + m)) tu=$((tu + u)) tt=$((tt + t))
  pct=$(awk -v c="$c" -v m="$m" 'BEGIN { if (c + m) printf "%.1f", 100 * c / (c + m); else print "-" }')
  printf '%-28s %7d %7d %9d %8d %8s\n' "$file" "$c" "$m" "$u" "$t" "$pct"
done
pct=$(awk -v c="$tc" -v m="$tm" 'BEGIN { if (c + m) printf "%.1f", 100 * c / (c + m); else print "-" }')
printf '%-28s %7d %7d %9d %8d %8s\n' total "$tc" "$tm" "$tu" "$tt" "$pct"
case "${MUTANTS_TESTS:-lib}" in
  lib) scope="cargo test --lib (the library's unit tests)" ;;
  all) scope="cargo test (every test target)" ;;
esac
echo "tests: $scope; wall time ${elapsed}s"
if [ -s "$dir/missed.txt" ]; then
  echo; echo "missed:"; sed 's/^/  /' "$dir/missed.txt"
fi
min=${MUTANTS_MIN:-95}
if ! awk -v c="$tc" -v m="$tm" -v min="$min" 'BEGIN { exit !(c + m == 0 || 100 * c >= min * (c + m)) }'; then
  echo "below $min % of viable mutants caught" >&2
  exit 1
fi
