#!/usr/bin/env bash
# Starts Stepwise on a generated data set for the benchmarks, and prints how long it took to start.
#   perf/serve.sh DATA_DIR [HEAP]        e.g. perf/serve.sh /work/perf-data/national 1g
# HTTP on STEPWISE_PORT (8080), embedded PostgreSQL on STEPWISE_EMBEDDED_PORT (15432) for psql and pgbench.
# Stop it with: kill $(cat DATA_DIR/stepwise.pid)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: perf/serve.sh DATA_DIR [HEAP]}
heap=${2:-1g}
jar=${STEPWISE_JAR:-$(ls target/stepwise-*.jar | head -1)}
export STEPWISE_DATA_DIR="$dir/postgres" STEPWISE_TOTP_KEY_FILE="$dir/totp.key" STEPWISE_DEMO=false
export STEPWISE_PORT=${STEPWISE_PORT:-8080} STEPWISE_EMBEDDED_PORT=${STEPWISE_EMBEDDED_PORT:-15432}
# Sessions signed in before a long benchmark outlive it.
export STEPWISE_SESSION_TIMEOUT=${STEPWISE_SESSION_TIMEOUT:-2h}
# PostgreSQL times every statement (pg_stat_statements, shipped with the embedded binaries) for perf/floor.sh.
conf="$dir/postgres/postgresql.auto.conf"
if [[ -f "$conf" ]] && ! grep -q pg_stat_statements "$conf"; then
  echo "shared_preload_libraries = 'pg_stat_statements'" >> "$conf"
fi
nohup java -Xms"$heap" -Xmx"$heap" -jar "$jar" > "$dir/stepwise.log" 2>&1 &
echo $! > "$dir/stepwise.pid"
until grep -q "Started StepwiseApplication\|APPLICATION FAILED" "$dir/stepwise.log"; do sleep 1; done
grep -o "Started StepwiseApplication in [0-9.]* seconds.*" "$dir/stepwise.log" || { tail -30 "$dir/stepwise.log"; exit 1; }
PATH=$PATH:/usr/lib/postgresql/15/bin psql -qAt -h 127.0.0.1 -p "$STEPWISE_EMBEDDED_PORT" -U postgres stepwise \
  -c "create extension if not exists pg_stat_statements" || echo "no psql: apt-get install postgresql-client"
echo "resident memory of the JVM: $(ps -o rss= -p "$(cat "$dir/stepwise.pid")" | awk '{printf "%d MiB", $1/1024}')"
