// Checks what `npm pack` would publish (run after `npm run build`): only the built library, the
// JSON Schemas, the READMEs, the changelog, the notices, the licence and package.json; every
// target of package.json "exports" present; and the tarball under its size limits.
// Usage: node scripts/check-pack.mjs   (npm run pack:check). See docs/quality.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Limits: the sizes measured on 2026-11-22, without source maps, with the schemas of every input
// and the profile schemas' declarations typed by hand (packed 684,085 B, unpacked 2,943,791 B,
// 762 files), plus about 10 %. Raise them deliberately, in the same change as the growth, and
// record the new figures in docs/quality.md.
const LIMITS = { packed: 760_000, unpacked: 3_250_000 };

/** Top-level files that must be shipped. */
const REQUIRED_FILES = [
  'package.json',
  'README.md',
  'README.vi.md',
  'CHANGELOG.md',
  'THIRD_PARTY_NOTICES.md',
  'LICENSE',
];

// Source maps ship only while tsup.config.ts asks for them (`sourcemap: true`), and then only
// self-contained (with `sourcesContent`, since src/ is not published) and next to their file.
const tsup = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
const mapsDeliberate = /^\s*sourcemap:\s*true\b/m.test(tsup);

/** Why a packed path is not allowed, or null when it is. */
function rejectReason(path) {
  if (REQUIRED_FILES.includes(path)) return null;
  if (
    /(^|\/)(src|test|tests|bench|examples|reports|etc|docs|scripts|coverage|temp|\.ci)\//.test(path)
  )
    return 'development folder';
  if (/\.(test|spec|bench|test-d)\.[cm]?[jt]s(\.map)?$/.test(path)) return 'test or benchmark';
  if (path.startsWith('schemas/'))
    return /^schemas\/[a-z0-9-]+\.json$/.test(path) ? null : 'not a JSON Schema';
  if (path.startsWith('dist/')) {
    if (/\.(js|cjs|d\.ts|d\.cts)$/.test(path)) return null;
    if (/\.(js|cjs)\.map$/.test(path))
      return mapsDeliberate ? null : 'source map (tsup sourcemap is off)';
    return 'unexpected file type in dist/';
  }
  return 'not in the list of published files';
}

const raw = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
  maxBuffer: 64 * 1024 * 1024,
});
const [pack] = JSON.parse(raw);
const paths = pack.files.map((f) => f.path);
const set = new Set(paths);
const problems = [];

for (const path of paths) {
  const why = rejectReason(path);
  if (why) problems.push(`${path}: ${why}`);
}
for (const f of REQUIRED_FILES) if (!set.has(f)) problems.push(`${f}: missing`);

// Every target named by package.json "exports" (and main/module/types) is in the tarball.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = [];
const collect = (v) => {
  if (typeof v === 'string') targets.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
};
collect(pkg.exports);
for (const k of ['main', 'module', 'types']) if (pkg[k]) targets.push(pkg[k]);
for (const t of new Set(targets)) {
  const rel = t.replace(/^\.\//, '');
  if (rel.includes('*')) {
    const re = new RegExp(`^${rel.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
    if (!paths.some((p) => re.test(p))) problems.push(`exports target ${t}: no file matches`);
  } else if (!set.has(rel)) problems.push(`exports target ${t}: missing`);
}

// Source maps: beside their file, self-contained.
let mapBytes = 0;
for (const f of pack.files) {
  if (!f.path.endsWith('.map')) continue;
  mapBytes += f.size;
  if (!set.has(f.path.slice(0, -'.map'.length))) problems.push(`${f.path}: map without its file`);
  const file = join(root, f.path);
  if (!existsSync(file)) continue;
  const map = JSON.parse(readFileSync(file, 'utf8'));
  const sources = map.sources ?? [];
  const contents = map.sourcesContent ?? [];
  if (sources.length > 0 && contents.filter((c) => typeof c === 'string').length !== sources.length)
    problems.push(`${f.path}: sources not embedded (src/ is not published)`);
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const pct = (n, d) => `${((100 * n) / d).toFixed(1)} %`;
console.log(`tarball ${pack.filename}: ${paths.length} files`);
console.log(
  `packed   ${pack.size} B (${kB(pack.size)}), limit ${LIMITS.packed} B: ${pct(pack.size, LIMITS.packed)} of the limit`,
);
console.log(
  `unpacked ${pack.unpackedSize} B (${kB(pack.unpackedSize)}), limit ${LIMITS.unpacked} B: ${pct(pack.unpackedSize, LIMITS.unpacked)} of the limit`,
);
console.log(
  `source maps: ${mapsDeliberate ? 'shipped (tsup sourcemap: true)' : 'not shipped'}, ${kB(mapBytes)} = ${pct(mapBytes, pack.unpackedSize)} of the unpacked size`,
);
if (pack.size > LIMITS.packed)
  problems.push(`packed size ${pack.size} B over the limit ${LIMITS.packed} B`);
if (pack.unpackedSize > LIMITS.unpacked)
  problems.push(`unpacked size ${pack.unpackedSize} B over the limit ${LIMITS.unpacked} B`);

if (problems.length > 0) {
  console.error(`pack check FAILED (${problems.length}):`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
  if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
  process.exit(1);
}
console.log(
  'pack check ok: only dist/, schemas/, the READMEs, CHANGELOG, notices, LICENSE, package.json',
);
