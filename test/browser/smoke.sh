#!/usr/bin/env bash
# Browser smoke test: bundle the ESM build with esbuild, load it in headless Chromium, evaluate a
# record and read the verdict back from the page. Proves "no I/O, runs anywhere".
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -f "$root/dist/index.js" ] || { echo "dist/ missing: run npm run build first"; exit 1; }
if ! command -v chromium > /dev/null 2>&1; then
  echo "installing Debian's chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > "$tmp/apt.log" 2>&1 ||
    { tail -n 20 "$tmp/apt.log"; echo "browser smoke: 0 passed, 1 failed"; exit 1; }
fi
cat > "$tmp/entry.js" <<JS
import { evaluate, tet, scoreUnit, defineScoreSheet, resolveHonour } from '$root/dist/index.js';
const record = { kind: 'individual', id: 'nv-01', years: [{ year: 2024, rating: 'HTXSNV' }], honours: [{ code: 'LDTT', year: 2024 }] };
const v = evaluate(record, 'CSTDCS', { period: 2024 });
const sheet = defineScoreSheet({ id: 's', criteria: [{ id: 'a', max: 10 }, { id: 'b', max: 10 }] });
const total = scoreUnit(sheet, { unit: 'u', scores: { a: 0.1, b: 0.2 } }).total;
const out = [v.honour, v.regime, v.outcome, tet(2025), total, resolveHonour('Chiến sỹ thi đua cơ sở')?.code].join('|');
document.getElementById('out').textContent = 'RESULT:' + out;
JS
"$root/node_modules/.bin/esbuild" "$tmp/entry.js" --bundle --format=iife --platform=browser --outfile="$tmp/bundle.js" --log-level=warning || { echo "browser smoke: 0 passed, 1 failed"; exit 1; }
# Inline the bundle: module scripts are blocked on file:// pages.
{ printf '<!doctype html><meta charset="utf-8"><pre id="out">pending</pre><script>\n'; cat "$tmp/bundle.js"; printf '</script>\n'; } > "$tmp/index.html"
dom=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --allow-file-access-from-files --user-data-dir="$tmp/profile" --virtual-time-budget=5000 \
  --dump-dom "file://$tmp/index.html" 2> "$tmp/chromium.log")
expected='RESULT:CSTDCS|VN-2024|eligible|2025-01-29|0.30|CSTDCS'
if grep -qF "$expected" <<< "$dom"; then
  echo "browser: $expected"
  echo "browser smoke: 1 passed, 0 failed"
else
  echo "browser: expected $expected"
  grep -o 'RESULT:[^<]*\|pending' <<< "$dom" | head -3
  tail -n 20 "$tmp/chromium.log"
  echo "browser smoke: 0 passed, 1 failed"
  exit 1
fi
