#!/usr/bin/env bash
# For each page, its time against the time of its own SQL: one person opens the page again and again with no pause
# (nothing queued), while PostgreSQL times every statement it runs (pg_stat_statements). SQL per page is the
# statements' total execution time over the pages served; the ratio is page time over that.
#   perf/floor.sh [SECONDS] [SERVICES]       against perf/serve.sh's Stepwise on 8080 and PostgreSQL on 15432
#   PAGES=dashboard perf/floor.sh 60         the outcomes dashboard (a service's last 12 months), each lead in turn
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
services=${2:-100}
base=${BASE:-http://127.0.0.1:${STEPWISE_PORT:-8080}}
pg_port=${STEPWISE_EMBEDDED_PORT:-15432}
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/stepwise?user=postgres"
psql_="psql -qAt -h 127.0.0.1 -p $pg_port -U postgres stepwise"
export PATH=$PATH:/usr/lib/postgresql/15/bin
echo "load: $(uptime | sed 's/.*load average: //')"
printf '%-20s %7s %10s %10s %10s %7s\n' page pages 'page ms' 'SQL ms' 'statements' ratio
# statements: every call PostgreSQL timed per page, BEGIN and COMMIT included
for page in ${PAGES:-caseload referral agenda triage}; do
  ./mvnw -B -q -f perf/pom.xml gatling:test -Dgatling.simulationClass=org.stepwise.perf.SaturationSimulation \
    -Dbase="$base" -Dservices="$services" -Dusers=1 -Dpage="$page" -Dseconds="$seconds" -Dstatistics="$jdbc" \
    > "/tmp/stepwise-floor-$page.log" 2>&1 || true
  report=$(ls -dt /tmp/stepwise-gatling/*/ | head -1)
  line=$(perf/report.sh "$report" "$seconds" | grep '^page / ')
  pages=$(echo "$line" | awk '{print $(NF-8)}' | tr -d ,)
  mean=$(echo "$line" | awk '{print $(NF-5)}')
  read -r sql calls < <($psql_ -F ' ' -c "select round(sum(total_exec_time)::numeric, 1), sum(calls)
      from pg_stat_statements where query not like '%pg_stat_statements%'")
  per=$(echo "scale=3; $sql / $pages" | bc)
  printf '%-20s %7s %10s %10s %10s %7s\n' "$page" "$pages" "$mean" "$per" "$(echo "scale=1; $calls / $pages" | bc)" \
    "$(echo "scale=1; $mean / $per" | bc)"
done
echo "load: $(uptime | sed 's/.*load average: //')"
