#!/bin/sh
# Saved-query benchmarks: p95 latency of every shipped query, and its ratio
# to a one-hop baseline measured in the same run, on the corpus graph and
# on a synthetic 1M-quad bolt graph (built once at $FILMGRAPH_BENCH_1M,
# about a minute, then reused). Target: p95 <= 50 ms for every query.
#
#   bench/queries/run.sh            # both graphs
#   BENCHTIME=50x bench/queries/run.sh
set -eu
cd "$(dirname "$0")/../.."
: "${FILMGRAPH_BENCH_1M:=${TMPDIR:-/tmp}/filmgraph-bench-1m.db}"
: "${BENCHTIME:=20x}"
export FILMGRAPH_BENCH_1M
go test ./queries -run '^$' -bench 'Queries(Corpus|1M)' -benchtime "$BENCHTIME" -timeout 30m
