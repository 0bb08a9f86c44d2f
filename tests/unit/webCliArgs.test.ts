import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../src/main/web/cliArgs';

describe('parseWebArgs', () => {
  it('needs a workbook and uses the usual port unless told (null)', () => {
    expect(parseWebArgs(['--workbook', 'my.json'])).toEqual({
      ok: true,
      args: { workbook: resolve('my.json'), port: null, exports: null },
    });
    expect(parseWebArgs(['--workbook', 'my.json', '--port', '0'])).toMatchObject({
      args: { port: 0 },
    });
  });

  it('takes a port and an exports folder', () => {
    expect(
      parseWebArgs(['--workbook', '/w.json', '--port', '8123', '--exports', 'out-docs']),
    ).toEqual({
      ok: true,
      args: { workbook: '/w.json', port: 8123, exports: resolve('out-docs') },
    });
  });

  it('explains what is wrong, with the usage line', () => {
    for (const argv of [
      [],
      ['--workbook', ''],
      ['--workbook', 'w.json', '--port', 'eighty'],
      ['--workbook', 'w.json', '--port', '70000'],
      ['--workbook', 'w.json', '--colour', 'blue'],
      ['w.json'],
    ]) {
      const parsed = parseWebArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('npm run web -- --workbook');
    }
  });
});
