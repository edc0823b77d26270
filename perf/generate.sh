#!/usr/bin/env bash
# Generates a demo data set into an embedded PostgreSQL data directory (created if missing, must hold no service).
#   perf/generate.sh DATA_DIR [PATIENTS_PER_SERVICE] [SERVICES]
# National scale (about 1,000,000 referrals across 100 services) is the default:
#   perf/generate.sh /work/perf-data/national
# A tenth of it, the first 10 of the same services (same seed, so the same people and sign-ins):
#   perf/generate.sh /work/perf-data/tenth 9128 10
# To fill an external server instead, set STEPWISE_DB_URL (and user, password) and give any DATA_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: perf/generate.sh DATA_DIR [PATIENTS_PER_SERVICE] [SERVICES]}
patients=${2:-9128}
services=${3:-100}
# STEPWISE_JAR: a copy of the jar, so a rebuild during a long run cannot pull it from under the JVM.
jar=${STEPWISE_JAR:-$(ls target/stepwise-*.jar 2>/dev/null | head -1 || true)}
if [[ -z "$jar" ]]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/stepwise-*.jar | head -1)
fi
mkdir -p "$dir"
# The generator holds two chunks of rows at a time, so a small heap serves any size.
STEPWISE_DATA_DIR="$dir/postgres" STEPWISE_TOTP_KEY_FILE="$dir/totp.key" \
  STEPWISE_DEMO_PATIENTS="$patients" STEPWISE_DEMO_SERVICES="$services" \
  /usr/bin/time -v java -Xmx512m -jar "$jar" --server.port=-1 --stepwise.demo.generate 2>&1 | tee "$dir/generate.log"
