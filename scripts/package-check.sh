#!/usr/bin/env bash
# The published crates behave like the workspace.
#
# 1. `cargo package --workspace --locked` packs every crate (pkguru-calamine, pkguru-core,
#    pkguru-read, pkguru-store, pkguru-render, pkguru) and builds each one from its .crate
#    against the others' .crates (cargo's local overlay registry, as crates.io would serve
#    them). A file that the sources include (include_str!, data, fonts) but the package leaves
#    out, or a dependency that only the workspace's [patch] provides, fails here.
# 2. The binary built from pkguru's .crate runs the hostile-input tests of tests/hostile.rs
#    (fuzzed .xls/.xlsx, zip bombs, sparse and repeating workbooks, endless inputs): the test
#    binary is the workspace's, its `CARGO_BIN_EXE_pkguru` points at the packaged binary.
# 3. The packaged and the workspace binary print the same for a few commands (score, batch,
#    the built-in scheme), byte for byte.
#
# Cost: the verify builds reuse the workspace's compiled dependencies when they share its
# target directory and dev profile (the profile is passed as config below, because a packaged
# library's manifest carries no [profile]), so only the six pkguru crates compile again.
# Run after `cargo test` (.ci/run does); PKGURU_PACKAGE_ALLOW_DIRTY=1 packs uncommitted edits.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
version=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json,sys; print([p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="pkguru"][0])')

# Cargo.toml's [profile.dev] and [profile.dev.package."*"], for every verify build.
cfg=(--config 'profile.dev.debug="line-tables-only"' --config 'profile.dev.package."*".debug=false')
dirty=()
if [ "${PKGURU_PACKAGE_ALLOW_DIRTY:-}" = 1 ]; then dirty=(--allow-dirty); fi

# The verify builds unpack the packaged crates under cargo's home, in a folder named after the
# overlay registry's path; an earlier run from the same checkout path left its copies there,
# and cargo reuses an unpacked crate of the same version without looking inside, so the
# verify would build the old sources. pkguru's crates are not on crates.io: every unpacked
# copy is one of ours, and goes.
rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/pkguru-* "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/pkguru-*

t0=$(date +%s)
echo "package-check: cargo package --workspace --locked"
cargo package --workspace --locked "${cfg[@]}" "${dirty[@]}"
t1=$(date +%s)

# The verify build of pkguru's .crate is the last one; its binary is uplifted to
# $target/debug/pkguru. Make sure it is that one (it was compiled from the packaged sources:
# its panic locations name pkguru-read-<version>/src/ as unpacked from the .crate, never the
# workspace's crates/read/src/), then keep a copy before a workspace build puts its own back.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="$target/debug/pkguru"
cp "$bin" "$tmp/pkguru"
if ! grep -aq "pkguru-read-$version/src/" "$tmp/pkguru" || grep -aq "crates/read/src/" "$tmp/pkguru"; then
  echo "package-check: $bin is not the binary built from pkguru-$version.crate" >&2
  exit 1
fi

# The workspace's hostile-input tests against the packaged binary.
hostile=$(cargo test --locked --test hostile --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "hostile" and m.get("executable"):
        print(m["executable"])')
echo "package-check: tests/hostile.rs against the packaged binary"
CARGO_BIN_EXE_pkguru="$tmp/pkguru" "$hostile" --test-threads 2

# Same output as the workspace binary ($bin again, now that cargo test put it back).
same() {
  local a b
  a=$(cd "$root" && "$tmp/pkguru" "$@" 2>&1; echo "exit $?")
  b=$(cd "$root" && "$bin" "$@" 2>&1; echo "exit $?")
  if [ "$a" != "$b" ]; then
    echo "package-check: packaged and workspace binaries differ on: pkguru $*" >&2
    diff <(echo "$a") <(echo "$b") >&2 || true
    exit 1
  fi
}
same score fixtures/contoh/guru-kelas.csv
same batch fixtures/contoh --format json
same skema periksa smk-lama
same check fixtures/contoh
t2=$(date +%s)
echo "package-check: ok (cargo package $((t1 - t0)) s, hostile tests and comparisons $((t2 - t1)) s)"
