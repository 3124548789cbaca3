#!/usr/bin/env bash
# End-to-end ingest timing: build the binary, ingest the corpus into a fresh
# bolt store N times (cold process each time), and re-ingest it unchanged.
# Prints wall seconds; compare against the in-process benchmark
#   go test -run - -bench 'IngestCorpus|BaselineGseCut' -benchtime 3x ./pipeline
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${FILMGRAPH_CORPUS:-../shared/corpus}
runs=${1:-3}
bin=$(mktemp -d)/filmgraph
go build -o "$bin" ./cmd/filmgraph
for i in $(seq "$runs"); do
  db=$(mktemp -d)/g.db
  s=$(date +%s.%N)
  "$bin" --db "$db" ingest "$corpus" >/dev/null
  e=$(date +%s.%N)
  s2=$(date +%s.%N)
  "$bin" --db "$db" ingest "$corpus" >/dev/null
  e2=$(date +%s.%N)
  s3=$(date +%s.%N)
  "$bin" --db "$db" films --json >/dev/null
  e3=$(date +%s.%N)
  printf 'run %d: ingest %.2fs  re-ingest unchanged %.2fs  films --json %.2fs\n' "$i" "$(echo "$e - $s" | bc)" "$(echo "$e2 - $s2" | bc)" "$(echo "$e3 - $s3" | bc)"
  rm -rf "$(dirname "$db")"
done
