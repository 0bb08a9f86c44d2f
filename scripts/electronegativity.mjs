// `npm run lint:electron`: Electronegativity's security checks of an Electron app, run on src/,
// offline, failing on any finding of medium or high severity (its own command line exits 0
// whatever it finds) and on any file it could not read.
//
// Offline: the scanner asks the network for two things, both replaced here. Its translations
// (it falls back to the English it ships) get an empty answer, and its check against the list
// of Electron releases (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is not run; keeping Electron
// up to date is `npm outdated`'s job.
//
// A finding that is a false positive is silenced where it is, on its own line, by
// `// eng-disable CHECK_ID: why`; this script refuses an eng-disable without its reason.
// Usage: node scripts/electronegativity.mjs [folder]   (default: src)
import { readdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const input = resolve(root, process.argv[2] ?? 'src');
const require = createRequire(import.meta.url);

const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['MEDIUM', 'HIGH']);

/** Every `eng-disable` in the sources must say why, after a colon, on the same line. */
function suppressionsWithoutReason(folder) {
  const problems = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            const found = /eng-disable\b(.*)$/.exec(line);
            if (found === null) return;
            if (!/^\s+[A-Z_]+(\s*,\s*[A-Z_]+)*:\s*\S+(\s+\S+){2,}/.test(found[1] ?? '')) {
              problems.push(`${relative(root, path)}:${index + 1}: ${line.trim()}`);
            }
          });
      }
    }
  };
  walk(folder);
  return problems;
}

/** Answer the scanner's requests for translations without the network. */
function keepOffline() {
  const scanner = require.resolve('@doyensec/electronegativity');
  const i18n = join(scanner, '..', 'locales', 'i18n.js');
  const gotPath = createRequire(i18n).resolve('got');
  const offline = new Module(gotPath);
  offline.filename = gotPath;
  offline.loaded = true;
  offline.exports = () => Promise.resolve({ statusCode: 404, body: '' });
  require.cache[gotPath] = offline;
}

async function main() {
  const unexplained = suppressionsWithoutReason(input);
  keepOffline();
  const run = require('@doyensec/electronegativity');
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    .devDependencies.electron;
  const result = await run({
    input,
    isRelative: true,
    excludeFromScan: SKIPPED_CHECKS,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });

  const failing = [];
  for (const issue of result.issues) {
    const where = `${relative(root, join(input, issue.file))}:${issue.location.line}:${issue.location.column}`;
    const line = `${issue.severity.name.padEnd(6)} ${issue.confidence.name.padEnd(9)} ${issue.id}  ${where}${issue.manualReview ? '  (review)' : ''}`;
    console.log(line);
    if (FAILING.has(issue.severity.name)) failing.push(line);
  }
  for (const error of result.errors) console.log(`UNREAD ${JSON.stringify(error)}`);
  for (const line of unexplained) console.log(`NO REASON ${line}`);

  const checks = result.globalChecks + result.atomicChecks;
  const problems = failing.length + result.errors.length + unexplained.length;
  if (problems > 0) {
    console.error(
      `electronegativity: ${failing.length} medium or high finding(s), ${result.errors.length} ` +
        `file(s) not read, ${unexplained.length} eng-disable(s) without a reason ` +
        `(${checks} checks on ${relative(root, input)}, Electron ${electronVersion})`,
    );
    process.exit(1);
  }
  console.log(
    `electronegativity: no medium or high finding (${checks} checks on ` +
      `${relative(root, input)}, Electron ${electronVersion})`,
  );
}

await main();
