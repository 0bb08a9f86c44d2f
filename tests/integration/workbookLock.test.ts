import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  acquireWorkbookLock,
  lockHeldMessage,
  WORKBOOK_LOCK_NAME,
  type LockHolder,
  type WorkbookLock,
} from '../../src/main/store/workbookLock';
import { makeTempDir, removeTempDir, tempDirs } from '../helpers/tempDir';

/**
 * The one-writer lock between real processes: a child process takes the lock through the same
 * module (bundled once with esbuild), and this process tries to take it while the child holds
 * it, after the child was killed, and against lock folders written as another computer would.
 */
const dirs = tempDirs();
const held: WorkbookLock[] = [];
afterEach(async () => {
  await Promise.all(held.splice(0).map((lock) => lock.release()));
  await dirs.cleanup();
});

let bundleDir = '';
let childScript = '';
/** Children still running; killed at the end so none is left behind if a test fails. */
const live = new Set<ChildProcess>();

beforeAll(async () => {
  bundleDir = await makeTempDir('lock-child');
  childScript = join(bundleDir, 'lockChild.cjs');
  // CommonJS, because proper-lockfile is CommonJS and requires Node built-ins.
  await build({
    stdin: {
      contents: `
        import { acquireWorkbookLock } from './src/main/store/workbookLock';
        acquireWorkbookLock(process.argv[2] ?? '').then(
          (attempt) => {
            process.stdout.write(attempt.ok ? 'locked\\n' : 'refused\\n');
            setInterval(() => undefined, 60_000); // hold it until killed
          },
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );`,
      resolveDir: new URL('../..', import.meta.url).pathname,
      loader: 'ts',
      sourcefile: 'lockChild.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childScript,
    logLevel: 'error',
  });
});
afterAll(async () => {
  for (const child of live) child.kill('SIGKILL');
  await removeTempDir(bundleDir);
});

/** Start a child process that takes the lock on `folder`; resolves once it holds it. */
function childHoldingLock(folder: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, folder], { stdio: 'pipe' });
    live.add(child);
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output === 'locked\n') resolve(child);
      else if (output.endsWith('\n')) reject(new Error(`The child said: ${output}`));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', () => {
      live.delete(child);
      reject(new Error(`The child exited early: ${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

/** The pid of a process that has already ended, so surely not running. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await exited(child);
  if (child.pid === undefined) throw new Error('The child did not start');
  return child.pid;
}

async function acquired(folder: string, options?: Parameters<typeof acquireWorkbookLock>[1]) {
  const attempt = await acquireWorkbookLock(folder, options);
  if (!attempt.ok) throw new Error(`Expected the lock, was refused: ${attempt.message}`);
  held.push(attempt.lock);
  return attempt.lock;
}

async function refusal(folder: string) {
  const attempt = await acquireWorkbookLock(folder);
  if (attempt.ok) {
    held.push(attempt.lock);
    throw new Error('Expected a refusal, got the lock');
  }
  return attempt;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * A lock folder as another computer's app would have left it, synced into `folder`: with the
 * given mtime (a sync service does not carry the folder's own), and `refreshedAt` in its owner
 * file if given (older versions of the app wrote none).
 */
async function lockFromAnotherComputer(folder: string, mtime: Date, refreshedAt?: Date) {
  const lockDir = join(folder, WORKBOOK_LOCK_NAME);
  await mkdir(lockDir);
  const owner = { hostname: 'other-laptop.local', pid: await deadPid(), since: mtime };
  await writeFile(
    join(lockDir, 'owner.json'),
    JSON.stringify({ ...owner, refreshedAt, app: 'Coaching Workbook' }),
  );
  await utimes(lockDir, mtime, mtime);
  return owner;
}

/** A lock folder without an owner file, as left by a process killed right after making it. */
async function emptyLock(folder: string, ageMs: number) {
  const lockDir = join(folder, WORKBOOK_LOCK_NAME);
  await mkdir(lockDir);
  const mtime = new Date(Date.now() - ageMs);
  await utimes(lockDir, mtime, mtime);
  return lockDir;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ownerJson = async (folder: string) =>
  JSON.parse(await readFile(join(folder, WORKBOOK_LOCK_NAME, 'owner.json'), 'utf8')) as Record<
    string,
    unknown
  >;
const ownerPid = async (folder: string): Promise<unknown> => (await ownerJson(folder)).pid;

describe('workbook lock', () => {
  it('refuses a second lock in the same process until the first is released', async () => {
    const folder = await dirs.make('lock');
    const first = await acquired(folder);
    const lockDir = join(folder, WORKBOOK_LOCK_NAME);
    const owner = JSON.parse(await readFile(join(lockDir, 'owner.json'), 'utf8')) as unknown;
    expect(owner).toMatchObject({
      hostname: hostname(),
      pid: process.pid,
      app: 'Coaching Workbook',
    });
    expect((await stat(join(lockDir, 'owner.json'))).mode & 0o777).toBe(0o600);

    const second = await refusal(folder);
    expect(second.message).toContain('open in another window');
    expect(second.holder).toMatchObject({ pid: process.pid, sameMachine: true });

    await first.release();
    await first.release(); // twice is harmless
    expect(await exists(lockDir)).toBe(false);
    await acquired(folder);
  });

  it('refuses while another process holds the lock, naming its pid', async () => {
    const folder = await dirs.make('lock');
    const child = await childHoldingLock(folder);
    const attempt = await refusal(folder);
    expect(attempt.holder).toMatchObject({ pid: child.pid, sameMachine: true });
    expect(attempt.holder.hostname).toBe(hostname());
    expect(Date.now() - (attempt.holder.since?.getTime() ?? 0)).toBeLessThan(60_000);
    expect(attempt.message).toMatch(
      /^This workbook is open in another window .* since \d\d:\d\d\.$/,
    );
    child.kill('SIGKILL');
    await exited(child);
  });

  it('takes over at once a lock left by a process killed on this computer', async () => {
    const folder = await dirs.make('lock');
    const child = await childHoldingLock(folder);
    child.kill('SIGKILL');
    await exited(child);
    expect(await exists(join(folder, WORKBOOK_LOCK_NAME))).toBe(true); // nothing cleaned up

    const started = Date.now();
    await acquired(folder); // the lock is fresh, far from its 30 s staleness
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await ownerPid(folder)).toBe(process.pid);
  });

  it('is removed, owner file and all, when its holder is stopped normally', async () => {
    const folder = await dirs.make('lock');
    const child = await childHoldingLock(folder);
    child.kill('SIGTERM');
    await exited(child);
    expect(await exists(join(folder, WORKBOOK_LOCK_NAME))).toBe(false);
  });

  it("respects another computer's lock while it is fresh, even if its pid is not running here", async () => {
    const folder = await dirs.make('lock');
    const owner = await lockFromAnotherComputer(folder, new Date());
    const attempt = await refusal(folder);
    expect(attempt.holder).toEqual({
      hostname: 'other-laptop.local',
      pid: owner.pid,
      since: owner.since,
      sameMachine: false,
    });
  });

  it("takes over another computer's lock once it has not been refreshed for the stale time", async () => {
    const folder = await dirs.make('lock');
    await lockFromAnotherComputer(folder, new Date(Date.now() - 60_000));
    await acquired(folder);
    expect(await ownerPid(folder)).toBe(process.pid);
  });

  it('keeps the lock fresh: its mtime moves on at each refresh and it is not lost', async () => {
    const folder = await dirs.make('lock');
    const lock = await acquired(folder, { staleMs: 2_000, updateMs: 1_000 });
    const lockDir = join(folder, WORKBOOK_LOCK_NAME);
    const taken = (await stat(lockDir)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(lock.lost).toBe(false);
    expect((await stat(lockDir)).mtimeMs).toBeGreaterThan(taken);
  });

  it('reports a lost lock once, without throwing, and release then leaves the folder alone', async () => {
    const folder = await dirs.make('lock');
    const messages: string[] = [];
    const lock = await acquired(folder, {
      staleMs: 2_000,
      updateMs: 1_000,
      onLost: (message) => {
        messages.push(message);
        throw new Error('a failing listener must not crash the process');
      },
    });
    const lockDir = join(folder, WORKBOOK_LOCK_NAME);
    // Another process takes over (as if it judged the lock stale): the mtime is no longer ours.
    const later = new Date(Date.now() + 5_000);
    await utimes(lockDir, later, later);
    await expect.poll(() => lock.lost, { timeout: 5_000 }).toBe(true);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('can no longer save');
    await lock.release();
    expect(await exists(lockDir)).toBe(true); // it may be someone else's now
  });

  it("respects another computer's lock refreshed lately by its owner file, however old the folder's mtime", async () => {
    const folder = await dirs.make('lock');
    const owner = await lockFromAnotherComputer(folder, minutesAgo(5), new Date());
    const attempt = await refusal(folder);
    expect(attempt.holder).toMatchObject({ hostname: 'other-laptop.local', pid: owner.pid });
    expect(attempt.message).toContain('open in another window');
    // Left as it was, not removed as stale and put back.
    const lockDir = join(folder, WORKBOOK_LOCK_NAME);
    expect(Math.abs((await stat(lockDir)).mtimeMs - owner.since.getTime())).toBeLessThan(1);
    expect(await ownerPid(folder)).toBe(owner.pid);
  });

  it("allows for another computer's clock being a minute off, and does not trust one further off", async () => {
    const ahead = await dirs.make('lock');
    await lockFromAnotherComputer(ahead, minutesAgo(5), new Date(Date.now() + 45_000));
    await refusal(ahead);
    const behind = await dirs.make('lock');
    await lockFromAnotherComputer(behind, minutesAgo(5), new Date(Date.now() - 75_000));
    await refusal(behind);
    const wrong = await dirs.make('lock');
    await lockFromAnotherComputer(wrong, minutesAgo(5), new Date(Date.now() + 3_600_000));
    await acquired(wrong); // the folder's mtime decides
  });

  it("takes over another computer's lock when neither its refreshedAt nor its mtime is recent", async () => {
    const folder = await dirs.make('lock');
    await lockFromAnotherComputer(folder, minutesAgo(5), minutesAgo(5));
    await acquired(folder);
    expect(await ownerJson(folder)).toMatchObject({ hostname: hostname(), pid: process.pid });
  });

  it("still respects another computer's lock with an old refreshedAt while its folder's mtime is recent", async () => {
    const folder = await dirs.make('lock');
    await lockFromAnotherComputer(folder, new Date(), minutesAgo(5));
    await refusal(folder);
  });

  it('writes refreshedAt into its owner file at each refresh, in place, and is not lost', async () => {
    const folder = await dirs.make('lock');
    const lock = await acquired(folder, { staleMs: 2_000, updateMs: 1_000 });
    const ownerPath = join(folder, WORKBOOK_LOCK_NAME, 'owner.json');
    const first = await ownerJson(folder);
    expect(first.refreshedAt).toBe(first.since);
    const inode = (await stat(ownerPath)).ino;
    const seen = new Set<unknown>([first.refreshedAt]);
    const started = Date.now();
    while (Date.now() - started < 4_500) {
      await sleep(200);
      seen.add((await ownerJson(folder)).refreshedAt);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3); // acquired + refreshes (4 due by now)
    const last = await ownerJson(folder);
    expect(Date.now() - Date.parse(String(last.refreshedAt))).toBeLessThan(2_000);
    expect(last).toMatchObject({ hostname: hostname(), pid: process.pid, since: first.since });
    const after = await stat(ownerPath);
    expect(after.ino).toBe(inode); // rewritten in place, not replaced
    expect(after.mode & 0o777).toBe(0o600);
    expect(lock.lost).toBe(false);

    await lock.release();
    expect(await exists(join(folder, WORKBOOK_LOCK_NAME))).toBe(false);
  });

  it('writes refreshedAt when a process takes the lock', async () => {
    const folder = await dirs.make('lock');
    const child = await childHoldingLock(folder);
    const owner = await ownerJson(folder);
    expect(owner.pid).toBe(child.pid);
    expect(Math.abs(Date.now() - Date.parse(String(owner.refreshedAt)))).toBeLessThan(60_000);
    child.kill('SIGKILL');
    await exited(child);
  });

  it('is lost when another computer writes its own owner file into the lock', async () => {
    const folder = await dirs.make('lock');
    const messages: string[] = [];
    const lock = await acquired(folder, {
      staleMs: 2_000,
      updateMs: 1_000,
      onLost: (message) => messages.push(message),
    });
    const lockDir = join(folder, WORKBOOK_LOCK_NAME);
    const mtime = await stat(lockDir).then((s) => s.mtime);
    // As a sync service might deliver it: the content replaced, the folder's mtime kept.
    const theirs = JSON.stringify({
      hostname: 'other-laptop.local',
      pid: 4242,
      since: new Date().toISOString(),
      refreshedAt: new Date().toISOString(),
      app: 'Coaching Workbook',
    });
    await writeFile(join(lockDir, 'owner.json'), theirs);
    await utimes(lockDir, mtime, mtime);
    await expect.poll(() => lock.lost, { timeout: 5_000 }).toBe(true);
    expect(messages).toHaveLength(1);
    await lock.release();
    expect(await readFile(join(lockDir, 'owner.json'), 'utf8')).toBe(theirs); // theirs, left alone
  });

  it('takes over a lock folder left without an owner file once it is a few seconds old', async () => {
    const folder = await dirs.make('lock');
    await emptyLock(folder, 10_000);
    await acquired(folder);
    expect(await ownerPid(folder)).toBe(process.pid);
  });

  it('a lock appears with its owner file already in it: half-made ones never block', async () => {
    const folder = await dirs.make('lock');
    // What a process killed while taking the lock leaves: its folder under a building name.
    const building = join(folder, `.${WORKBOOK_LOCK_NAME}.4242-abcdef.tmp`);
    await mkdir(building);
    await acquired(folder);
    expect(await ownerPid(folder)).toBe(process.pid);
    if (process.platform !== 'win32') {
      // An empty lock folder (no process of this app makes one) is simply replaced.
      const other = await dirs.make('lock');
      await emptyLock(other, 1_000);
      await acquired(other);
      expect(await ownerPid(other)).toBe(process.pid);
    }
  });

  it('does not remove an old lock folder that holds something other than an owner file', async () => {
    const folder = await dirs.make('lock');
    const lockDir = await emptyLock(folder, 0);
    await writeFile(join(lockDir, 'something.tmp'), '');
    const old = minutesAgo(0.2);
    await utimes(lockDir, old, old);
    await refusal(folder);
    expect(await exists(join(lockDir, 'something.tmp'))).toBe(true);
  });

  it('rejects with the original error when the folder cannot hold a lock', async () => {
    const folder = await dirs.make('lock');
    await expect(acquireWorkbookLock(join(folder, 'missing'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('lockHeldMessage', () => {
  const holder = (since: Date | null): LockHolder => ({
    hostname: 'laptop',
    pid: 42,
    since,
    sameMachine: false,
  });
  const since = new Date(2025, 10, 27, 14, 2); // 27 Nov 2025, 14:02 local time
  const where = 'This workbook is open in another window or on another computer';

  it('gives the time alone for today', () => {
    expect(lockHeldMessage(holder(since), new Date(2025, 10, 27, 23, 59))).toBe(
      `${where} since 14:02.`,
    );
  });
  it('names the day when it is not today, and the year when it is not this year', () => {
    expect(lockHeldMessage(holder(since), new Date(2025, 10, 28, 0, 1))).toBe(
      `${where} since 27 Nov, 14:02.`,
    );
    expect(lockHeldMessage(holder(since), new Date(2026, 0, 2, 9, 0))).toBe(
      `${where} since 27 Nov 2025, 14:02.`,
    );
    expect(lockHeldMessage(holder(new Date(2025, 0, 5, 9, 7)), since)).toBe(
      `${where} since 5 Jan, 09:07.`,
    );
  });
  it('leaves out the time when it is not known', () => {
    expect(lockHeldMessage(holder(null))).toBe(`${where}.`);
  });
});
