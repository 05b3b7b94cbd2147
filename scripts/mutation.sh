#!/usr/bin/env bash
# Mutation testing, one folder at a time (see docs/quality.md, "Mutation testing").
#   npm run mutation                      # law, lunar, inspection, scoring, eligibility
#   npm run mutation -- law scoring       # only these folders
#   npm run mutation -- law --force       # extra arguments go to `stryker run` (--force: no incremental reuse)
#   TDKT_MUTATION_TSC=1 npm run mutation  # also run the TypeScript checker
set -uo pipefail
cd "$(dirname "$0")/.."

all=(law lunar inspection scoring eligibility)
folders=()
args=()
for a in "$@"; do
  case " ${all[*]} all " in
  *" $a "*) folders+=("$a") ;;
  *) args+=("$a") ;;
  esac
done
[ ${#folders[@]} -eq 0 ] && folders=("${all[@]}")

status=0
summary=()
for f in "${folders[@]}"; do
  echo "=== mutation: $f"
  start=$SECONDS
  if TDKT_MUTATION_FOLDER="$f" npx stryker run ${args[@]+"${args[@]}"}; then
    rc=0
  else
    rc=$?
    status=1
  fi
  summary+=("$f: exit $rc, $((SECONDS - start)) s, report reports/mutation/$f/index.html")
done
printf '\n=== mutation summary\n'
printf '%s\n' "${summary[@]}"
exit $status
