/**
 * What may reach shell.openExternal (src/main/shell/trust.ts): a plain web link only, as the
 * URL parser wrote it back. The rest of decideNavigation is covered in shellTrust.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decideNavigation, MAX_EXTERNAL_URL_LENGTH } from '../../src/main/shell/trust';

describe('links opened in the browser', () => {
  it('refuses a link with a user name or password, which shows one host and opens another', () => {
    for (const url of [
      'https://bank.example@elsewhere.example/login',
      'https://user:secret@coachingfederation.org/',
      'http://:pw@example.org/',
    ]) {
      expect(decideNavigation(url)).toEqual({ action: 'deny' });
    }
  });

  it('refuses a link longer than a person would follow', () => {
    const long = `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(decideNavigation(long)).toEqual({ action: 'deny' });
  });

  it('sends on the link as parsed, not as written', () => {
    expect(decideNavigation('HTTPS://Example.ORG/a b')).toEqual({
      action: 'openExternally',
      url: 'https://example.org/a%20b',
    });
  });
});
