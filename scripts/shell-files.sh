#!/usr/bin/env bash
# Shell completions and the man page that the release archives carry (dist-workspace.toml's
# `include`), written by pkguru itself (`pkguru completions SHELL`, `pkguru man`) into share/:
#
#   share/completions/pkguru.bash  _pkguru (zsh)  pkguru.fish  _pkguru.ps1  pkguru.elv
#   share/man/pkguru.1  pkguru-COMMAND.1 (every command, nested ones too)
#
#   scripts/shell-files.sh [PKGURU]   rewrite share/ (commit the result; tests/cli.rs fails
#                                     while share/ differs from what pkguru writes)
#
# PKGURU defaults to the debug binary of the target directory. The files are committed rather
# than made during the release build because every archive (five targets, built on three
# systems) must carry the same text and cross-built binaries cannot run on the build machine.
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
bin=${1:-$target/debug/pkguru}
if ! "$bin" completions bash >/dev/null 2>&1 || ! "$bin" man >/dev/null 2>&1; then
  echo "shell-files: $bin has no \`completions\`/\`man\` subcommands (yet); nothing to do" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/completions" "$out/man"
"$bin" completions bash > "$out/completions/pkguru.bash"
"$bin" completions zsh > "$out/completions/_pkguru"
"$bin" completions fish > "$out/completions/pkguru.fish"
"$bin" completions powershell > "$out/completions/_pkguru.ps1"
"$bin" completions elvish > "$out/completions/pkguru.elv"
# pkguru(1) and one page per command, nested ones too: each page names its commands'
# pages as "pkguru\-riwayat\-tambah(1)", read back here as "riwayat tambah".
pages=("")
while [ ${#pages[@]} -gt 0 ]; do
  path=${pages[0]}; pages=("${pages[@]:1}")
  page="$out/man/pkguru${path:+-${path// /-}}.1"
  # shellcheck disable=SC2086 # the path is words: riwayat tambah
  "$bin" man $path > "$page"
  while read -r sub; do pages+=("$sub"); done < <(sed -n 's/^pkguru\\-\(.*\)(1)$/\1/p' "$page" | sed 's/\\-/ /g')
done
rm -rf share/completions share/man
mkdir -p share
cp -r "$out/completions" "$out/man" share/
echo "shell-files: wrote share/completions and share/man"
