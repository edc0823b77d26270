#!/usr/bin/env bash
# Runs one Gatling simulation against perf/serve.sh's Stepwise, then prints each page's figures and the CPU the
# server spent per page (Stepwise's JVM plus every PostgreSQL process, from /proc, counted over the measured load
# only). CPU per page does not depend on what else the machine is doing, unlike throughput and latency.
#   perf/bench.sh DATA_DIR NAME ConstantLoad|Saturation [-Dname=value ...]
#   perf/bench.sh /work/perf-data/national constant ConstantLoad -Drate=340
# Logs and the report's path go to DATA_DIR/runs/NAME.*
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?DATA_DIR}; name=${2:?NAME}; kind=${3:?ConstantLoad or Saturation}; shift 3
mkdir -p "$dir/runs"
log="$dir/runs/$name.log"
cpu() {  # clock ticks used so far by the JVM and by PostgreSQL's postmaster and its children
  local pids="$(cat "$dir/stepwise.pid") $(head -1 "$dir/postgres/postmaster.pid")"
  pids="$pids $(ps -o pid= --ppid "$(head -1 "$dir/postgres/postmaster.pid")" | tr '\n' ' ')"
  local total=0
  for p in $pids; do
    [[ -r /proc/$p/stat ]] && total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat")))
  done
  echo "$total"
}
echo "== $name: $kind $* | start $(date +%H:%M:%S), load $(uptime | sed 's/.*average: //')"
./mvnw -B -q -f perf/pom.xml gatling:test -Dgatling.simulationClass="org.stepwise.perf.${kind}Simulation" "$@" \
  > "$log" 2>&1 &
gatling=$!
# The measured load starts once its scenario has users; the sign-ins before it are not counted.
until grep -A2 -E -- "---- pages (at a constant rate|without pause)" "$log" 2>/dev/null | grep -q "active: *[1-9]" \
  || ! kill -0 $gatling 2>/dev/null; do sleep 1; done
before=$(cpu); started=$(date +%s.%N)
until grep -q "Parsing log file" "$log" 2>/dev/null || ! kill -0 $gatling 2>/dev/null; do sleep 1; done
after=$(cpu); ended=$(date +%s.%N)
wait $gatling && rc=0 || rc=$?
report=$(ls -dt /tmp/stepwise-gatling/*/ | head -1); echo "$report" > "$dir/runs/$name.dir"
seconds=$(echo "$*" | grep -o -- '-Dseconds=[0-9]*' | cut -d= -f2); seconds=${seconds:-120}
perf/report.sh "$report" "$seconds"
sed -n '/---- Errors/,/^$/p' "$log" | tail -n +2 | head -5
pages=$(perf/report.sh "$report" | awk '$1 == "page" && $2 ~ /^[0-9,]+$/ {gsub(",", "", $2); print $2}')
ticks=$(getconf CLK_TCK)
echo "server CPU per page: $(echo "scale=2; ($after - $before) * 1000 / $ticks / $pages" | bc) ms" \
  "($(echo "scale=1; ($after - $before) / $ticks" | bc) CPU s over $(echo "scale=0; ($ended - $started) / 1" | bc) s)"
grep -E "^(page|Global).*: (true|false)" "$log" || true
echo "== $name: end $(date +%H:%M:%S), load $(uptime | sed 's/.*average: //'), gatling exit $rc"
