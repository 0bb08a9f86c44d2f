import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExportsFolder, parseWebArgs, shouldOpenBrowser } from '../../src/main/web/cliArgs';

describe('parseWebArgs', () => {
  it('opens the usual workbook on the usual port, in the browser, unless told (null)', () => {
    expect(parseWebArgs([])).toEqual({
      ok: true,
      args: { workbook: null, port: null, exports: null, open: true },
    });
    expect(parseWebArgs(['--no-open'])).toMatchObject({ ok: true, args: { open: false } });
  });

  it('takes a workbook, a port and an exports folder', () => {
    expect(parseWebArgs(['--workbook', 'my-workbook'])).toEqual({
      ok: true,
      args: { workbook: resolve('my-workbook'), port: null, exports: null, open: true },
    });
    expect(parseWebArgs(['--workbook', 'my-workbook', '--port', '0'])).toMatchObject({
      args: { port: 0 },
    });
    expect(
      parseWebArgs(['--workbook', '/w', '--port', '8123', '--exports', 'out-docs', '--no-open']),
    ).toEqual({
      ok: true,
      args: { workbook: '/w', port: 8123, exports: resolve('out-docs'), open: false },
    });
  });

  it('explains what is wrong, with the usage line', () => {
    for (const argv of [
      ['--workbook', ''],
      ['--workbook', '  '],
      ['--workbook'],
      ['--port', 'eighty'],
      ['--workbook', 'w', '--port', '70000'],
      ['--workbook', 'w', '--colour', 'blue'],
      ['--no-open=yes'],
      ['w'],
    ]) {
      const parsed = parseWebArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('Usage: npm run web -- [--workbook');
    }
  });
});

describe('shouldOpenBrowser', () => {
  const person = { open: true };
  const at = (
    platform: NodeJS.Platform,
    env: Record<string, string | undefined> = {},
    stdoutIsTerminal = true,
  ) => ({ platform, env, stdoutIsTerminal });

  it('opens it for a person at a terminal: macOS, Windows, a Linux desktop', () => {
    expect(shouldOpenBrowser(person, at('darwin'))).toBe(true);
    expect(shouldOpenBrowser(person, at('win32'))).toBe(true);
    expect(shouldOpenBrowser(person, at('linux', { DISPLAY: ':0' }))).toBe(true);
    expect(shouldOpenBrowser(person, at('linux', { WAYLAND_DISPLAY: 'wayland-0' }))).toBe(true);
    expect(shouldOpenBrowser(person, at('darwin', { CI: 'false' }))).toBe(true);
  });

  it('never after --no-open, on CI, without a terminal, or on Linux without a desktop', () => {
    expect(shouldOpenBrowser({ open: false }, at('darwin'))).toBe(false);
    expect(shouldOpenBrowser(person, at('darwin', { CI: 'true' }))).toBe(false);
    expect(shouldOpenBrowser(person, at('win32', { CI: '1' }))).toBe(false);
    expect(shouldOpenBrowser(person, at('darwin', {}, false))).toBe(false);
    expect(shouldOpenBrowser(person, at('linux'))).toBe(false);
    expect(shouldOpenBrowser(person, at('linux', { DISPLAY: '' }))).toBe(false);
  });
});

describe('defaultExportsFolder', () => {
  it('is "Coaching Workbook" in Documents when there is one, else beside it in the home folder', () => {
    const home = join('/home', 'coach');
    expect(defaultExportsFolder(home, (path) => path === join(home, 'Documents'))).toBe(
      join(home, 'Documents', 'Coaching Workbook'),
    );
    expect(defaultExportsFolder(home, () => false)).toBe(join(home, 'Coaching Workbook documents'));
  });
});
