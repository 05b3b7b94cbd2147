#!/usr/bin/env bash
# Consumer smoke test of the packed tarball: ESM import, CJS require, and TypeScript consumers
# with node16, nodenext and bundler resolution. Run after `npm run build`.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/test/consumer"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() { # check NAME COMMAND...
  local name=$1
  shift
  if "$@" > "$tmp/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "consumer $name: ok"
  else
    failed=$((failed + 1)); echo "consumer $name: FAILED"; grep -v nodedir "$tmp/$name.log" | tail -n 30
  fi
}

[ -f "$root/dist/index.js" ] || { echo "dist/ missing: run npm run build first"; exit 1; }
(cd "$root" && npm pack --silent --pack-destination "$tmp" 2>/dev/null | grep -v nodedir) > "$tmp/pack.txt"
tgz="$tmp/$(tail -n 1 "$tmp/pack.txt")"
mkdir -p "$tmp/app"
cp "$here"/fixtures/* "$tmp/app/"
cd "$tmp/app" || exit 1
cat > package.json <<'JSON'
{ "name": "tdkt-consumer", "version": "0.0.0", "private": true }
JSON
check install npm install --no-audit --no-fund --silent "$tgz" typescript@6.0.3 @types/node@20.19.43
TSC="$tmp/app/node_modules/.bin/tsc"
common=(--strict --noEmit --exactOptionalPropertyTypes --types node --skipLibCheck false)
check esm node esm.mjs
check cjs node cjs.cjs
check ts-node16 "$TSC" "${common[@]}" --module node16 --moduleResolution node16 a.mts
check ts-nodenext-cjs "$TSC" "${common[@]}" --module nodenext --moduleResolution nodenext b.cts
check ts-bundler "$TSC" "${common[@]}" --module preserve --moduleResolution bundler --target es2022 c.ts
# A wrong type must be rejected: the decimal results are strings, never numbers.
if "$TSC" "${common[@]}" --module preserve --moduleResolution bundler --target es2022 negative.ts > "$tmp/neg.log" 2>&1; then
  failed=$((failed + 1)); echo "consumer ts-negative: FAILED (a type error was not reported)"
elif grep -q TS2322 "$tmp/neg.log"; then
  passed=$((passed + 1)); echo "consumer ts-negative: ok"
else
  failed=$((failed + 1)); echo "consumer ts-negative: FAILED"; cat "$tmp/neg.log"
fi
echo "consumer smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
