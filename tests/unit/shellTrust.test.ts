import { describe, expect, it } from 'vitest';
import { decideNavigation, isOurPage, isTrustedSender } from '../../src/main/shell/trust';

const built = 'file:///opt/Coaching%20Workbook/resources/app/out/renderer/index.html';
const devServer = 'http://localhost:5173/';

describe('isTrustedSender', () => {
  it('accepts our built page in the top frame, whatever its route', () => {
    expect(isTrustedSender({ url: built, isTopFrame: true }, built)).toBe(true);
    expect(isTrustedSender({ url: `${built}#/clients/abc`, isTopFrame: true }, built)).toBe(true);
  });

  it('refuses our own page when it is framed', () => {
    expect(isTrustedSender({ url: built, isTopFrame: false }, built)).toBe(false);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null, built)).toBe(false);
  });

  it('refuses any other local file, even in the same folder', () => {
    const other = 'file:///opt/Coaching%20Workbook/resources/app/out/renderer/evil.html';
    expect(isTrustedSender({ url: other, isTopFrame: true }, built)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/index.html', isTopFrame: true }, built)).toBe(false);
  });

  it('refuses web pages and odd schemes', () => {
    for (const url of ['https://example.com/', 'about:blank', 'data:text/html,hi', 'not a url']) {
      expect(isTrustedSender({ url, isTopFrame: true }, built)).toBe(false);
    }
  });

  it('in development, trusts the dev server origin and nothing else', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/#/x', isTopFrame: true }, devServer)).toBe(
      true,
    );
    expect(isOurPage('http://localhost:5174/', devServer)).toBe(false);
    expect(isOurPage('http://127.0.0.1:5173/', devServer)).toBe(false);
    expect(isOurPage(built, devServer)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('sends web links to the browser', () => {
    expect(decideNavigation('https://coachingfederation.org/ethics')).toEqual({
      action: 'openExternally',
      url: 'https://coachingfederation.org/ethics',
    });
    expect(decideNavigation('http://example.com')).toEqual({
      action: 'openExternally',
      url: 'http://example.com/',
    });
  });

  it('denies everything else without opening anything', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:someone@example.com',
      '',
      'not a url',
    ]) {
      expect(decideNavigation(url)).toEqual({ action: 'deny' });
    }
  });
});
