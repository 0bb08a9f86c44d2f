/**
 * Spell checking without the network (src/main/shell/spellCheck.ts): on macOS the system's own
 * checker, elsewhere none, and never a dictionary fetched from anywhere but this computer.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppLog, LogEvent, LogFields } from '../../src/main/log/appLog';
import {
  applySpellCheckRules,
  dictionaryUrl,
  spellCheckOn,
  type SpellCheckSession,
} from '../../src/main/shell/spellCheck';

function recorder(): { session: SpellCheckSession; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    session: {
      setSpellCheckerDictionaryDownloadURL: (url) => calls.push(`url ${url}`),
      setSpellCheckerEnabled: (on) => calls.push(`enabled ${String(on)}`),
      setSpellCheckerLanguages: (languages) => calls.push(`languages [${languages.join(',')}]`),
    },
  };
}

function logRecorder(): { log: AppLog; lines: [LogEvent, LogFields | undefined][] } {
  const lines: [LogEvent, LogFields | undefined][] = [];
  const write = (event: LogEvent, fields?: LogFields) => {
    lines.push([event, fields]);
  };
  return { lines, log: { filePath: '/nowhere', info: write, warn: write, error: write } };
}

const dataFolder = join('/', 'home', 'coach', '.config', 'Coaching Workbook');

describe('spell checking', () => {
  it('is on where the system checks spelling itself (macOS), off elsewhere', () => {
    expect(spellCheckOn('darwin')).toBe(true);
    for (const platform of ['linux', 'win32', 'freebsd'] as const) {
      expect(spellCheckOn(platform)).toBe(false);
    }
  });

  it('would fetch dictionaries from a folder on this computer, never from a server', () => {
    const url = dictionaryUrl(dataFolder);
    expect(url).toMatch(/^file:\/\/\/.*\/$/);
    expect(fileURLToPath(url)).toBe(join(dataFolder, 'dictionaries') + '/');
  });

  it('on Linux and Windows: no download address but that folder, checking off, no language', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { session, calls } = recorder();
      const { log, lines } = logRecorder();
      applySpellCheckRules({ session, platform, dataFolder, log });
      expect(calls).toEqual([`url ${dictionaryUrl(dataFolder)}`, 'enabled false', 'languages []']);
      expect(lines).toEqual([['spell checking', { on: false, by: 'none' }]]);
    }
  });

  it('on macOS: the system checker, languages left to the system', () => {
    const { session, calls } = recorder();
    const { log } = logRecorder();
    applySpellCheckRules({ session, platform: 'darwin', dataFolder, log });
    expect(calls).toEqual([`url ${dictionaryUrl(dataFolder)}`, 'enabled true']);
  });
});
