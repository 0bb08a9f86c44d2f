import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/schema';
import { makeTempDir, removeTempDir } from '../helpers/tempDir';

/**
 * `npm run cli` runs the CLI bundled into out/node/cli.mjs (scripts/build-node.mjs), not its
 * source: the bundle must start with plain node, from any folder, and do the work. (The commands
 * themselves are tested from source in cli.test.ts.)
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'out', 'node', 'cli.mjs');
const run = promisify(execFile);

let dir = '';

beforeAll(async () => {
  // Builds the bundle when it is missing or older than the sources; a no-op otherwise.
  await run(process.execPath, [join(ROOT, 'scripts', 'ensure-build.mjs'), '--quiet', 'node'], {
    cwd: ROOT,
    timeout: 120_000,
  });
  dir = await makeTempDir('cli-bundle');
}, 180_000);

afterAll(async () => {
  await removeTempDir(dir);
});

/** The bundled CLI, started with node in the test's temp folder (not the project folder). */
async function bundledCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [BUNDLE, ...args], { cwd: dir, timeout: 60_000 });
}

describe('the bundled CLI (out/node/cli.mjs)', () => {
  it('prints its usage with every command', async () => {
    const { stdout, stderr } = await bundledCli(['--help']);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage: npm run cli -- <command> [options]');
    for (const command of ['sample', 'check', 'export']) {
      expect(stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    }
  });

  it('writes a sample workbook that check finds valid', async () => {
    const folder = join(dir, 'sample');
    const made = await bundledCli(['sample', '--out', folder, '--clients', '3']);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/^Wrote .*: 3 clients, /);
    const checked = await bundledCli(['check', '--workbook', folder]);
    expect(checked.stdout.trim()).toMatch(
      new RegExp(`^OK: 3 clients, \\d+ worksheets \\(schema version ${CURRENT_SCHEMA_VERSION}\\)$`),
    );
  });
});
