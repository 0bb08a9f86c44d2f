/**
 * The desktop app's log file, written for real into a temporary data folder: where it goes,
 * that it is private, that it rotates, and that nothing of the workbook gets into it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeError, LOG_EVENTS, openAppLog } from '../../src/main/log/appLog';
import { modeOf, underPermissiveUmask } from '../helpers/privateFiles';
import { tempDirs } from '../helpers/tempDir';

const dirs = tempDirs();
afterEach(dirs.cleanup);

describe('main log', () => {
  underPermissiveUmask();

  it('writes one line per event to logs/main.log in the data folder, private to the user', async () => {
    const dataFolder = await dirs.make('log');
    const log = openAppLog({ dataFolder, console: false });
    expect(log.filePath).toBe(join(dataFolder, 'logs', 'main.log'));
    log.info('app started', { version: '1.2.3', platform: 'linux', packaged: true });
    log.warn('export folder not remembered', { error: 'Error', code: 'EACCES' });
    log.error('start failed');

    const lines = (await readFile(log.filePath, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] \[info\] +app started {"version":"1\.2\.3","platform":"linux","packaged":true}$/,
    );
    expect(lines[1]).toMatch(
      /\[warn\] +export folder not remembered {"error":"Error","code":"EACCES"}$/,
    );
    expect(lines[2]).toMatch(/\[error\] +start failed$/);
    expect(await modeOf(log.filePath)).toBe(0o600);
    expect(await modeOf(join(dataFolder, 'logs'))).toBe(0o700);
  });

  it('keeps each value on one short line', async () => {
    const log = openAppLog({ dataFolder: await dirs.make('log'), console: false });
    log.info('window opened', { note: `first\nsecond ${'x'.repeat(500)}` });
    const text = await readFile(log.filePath, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text.length).toBeLessThan(250);
  });

  it('rotates: past its size the log becomes main.old.log and a new one begins', async () => {
    const dataFolder = await dirs.make('log');
    const log = openAppLog({ dataFolder, console: false, maxBytes: 2_000 });
    for (let i = 0; i < 100; i++) log.info('window opened', { count: i });
    const files = (await readdir(join(dataFolder, 'logs'))).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    const current = await readFile(log.filePath, 'utf8');
    expect(current.length).toBeLessThanOrEqual(2_200);
    expect(current).toContain('"count":99');
    expect(await modeOf(join(dataFolder, 'logs', 'main.old.log'))).toBe(0o600);
  });

  it('logs an error by its kind, code and place in the code, never by its message', async () => {
    const secret = 'Could not save the note "Priya is leaving Acme in May"';
    const error = Object.assign(new Error(secret), { code: 'ENOSPC', syscall: 'write' });
    const fields = describeError(error);
    expect(fields).toMatchObject({ error: 'Error', code: 'ENOSPC', syscall: 'write' });
    expect(String(fields.at)).toMatch(/^mainLog\.test\.ts:\d+:\d+/);
    expect(JSON.stringify(fields)).not.toContain('Priya');

    const log = openAppLog({ dataFolder: await dirs.make('log'), console: false });
    log.error('start failed', describeError(error));
    log.error('start failed', describeError(new TypeError('Priya')));
    log.error('start failed', describeError('Priya, as a string'));
    const text = await readFile(log.filePath, 'utf8');
    expect(text).not.toContain('Priya');
    expect(text).toContain('"error":"TypeError"');
    expect(text).toContain('"error":"string"');
  });

  it('has a fixed list of events, all distinct', () => {
    expect(new Set(LOG_EVENTS).size).toBe(LOG_EVENTS.length);
  });
});
