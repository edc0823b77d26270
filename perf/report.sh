#!/usr/bin/env bash
# Prints each page's figures from a Gatling report directory (the newest under /tmp/stepwise-gatling by default):
# requests, failures, throughput, and the 50th/75th/95th/99th percentiles and maximum in milliseconds.
#   perf/report.sh [REPORT_DIR] [SECONDS]
# Gatling's own rate spreads the pages over the whole run, sign-ins included; given the length of the measured
# load (-Dseconds, 120 by default), pages/s is the count over that instead.
set -euo pipefail
dir=${1:-$(ls -dt /tmp/stepwise-gatling/*/ | head -1)}
seconds=${2:-}
printf '%-22s %8s %6s %8s %6s %6s %6s %6s %6s %6s\n' page requests KO 'pages/s' mean p50 p75 p95 p99 max
for f in "$dir"/group_page-*.html "$dir"/req_page---*.html; do
  [[ -e "$f" ]] || continue
  # The statistics table: one row per figure, columns total, OK, KO.
  rows=$(tr -d '\n' < "$f" | sed 's/<\/tr>/\n/g' | sed 's/<[^>]*>/ /g' | tr -s ' ')
  name=$(tr -d '\n' < "$f" | grep -o '<title>[^<]*' | sed 's/<title>Gatling Stats - //')
  get() { echo "$rows" | grep -m1 -E "^ $1 [0-9,.-]" | awk -v c="$2" '{print $(NF-3+c)}'; }
  printf '%-22s %8s %6s %8s %6s %6s %6s %6s %6s %6s\n' "${name:-$(basename "$f" .html)}" "$(get 'Total count' 1)" \
    "$(get 'Total count' 3)" "$(if [[ -n "$seconds" ]]; then echo "scale=1; $(get 'Total count' 1 | tr -d ,) / $seconds" | bc; else get 'Mean count/s' 1; fi)" "$(get 'Mean' 1)" "$(get '50th percentile' 1)" "$(get '75th percentile' 1)" \
    "$(get '95th percentile' 1)" "$(get '99th percentile' 1)" "$(get 'Max' 1)"
done
