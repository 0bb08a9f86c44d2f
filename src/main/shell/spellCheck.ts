import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';
import type { AppLog } from '../log/appLog';

/**
 * Spell checking without the network. On macOS Chromium asks the system's own checker, on the
 * computer. On Windows and Linux it uses Hunspell dictionaries that Electron downloads from
 * Google's servers for the system's language (Windows' own checker, where Chromium uses it,
 * still comes with those downloads), and the format it needs (.bdic) is not on npm to ship.
 * So the page spell checks on macOS only; elsewhere it is off, with no language to fetch.
 */
export function spellCheckOn(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * Where a dictionary would be fetched from, if anything ever asked for one: a folder on this
 * computer (never made by the app), so that a download can only fail, never leave it.
 */
export function dictionaryUrl(dataFolder: string): string {
  return pathToFileURL(`${dataFolder}${sep}dictionaries${sep}`).href;
}

/** What of a session the rules use. */
export type SpellCheckSession = Pick<
  Session,
  'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages'
>;

/** Apply the rules above to a session; call before its first window opens. */
export function applySpellCheckRules(options: {
  session: SpellCheckSession;
  platform: NodeJS.Platform;
  dataFolder: string;
  log: AppLog;
}): void {
  const { session } = options;
  const on = spellCheckOn(options.platform);
  // A no-op on macOS, which downloads nothing.
  session.setSpellCheckerDictionaryDownloadURL(dictionaryUrl(options.dataFolder));
  session.setSpellCheckerEnabled(on);
  if (!on) session.setSpellCheckerLanguages([]);
  options.log.info('spell checking', { on, by: on ? 'the system' : 'none' });
}
