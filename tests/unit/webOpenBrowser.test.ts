import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../src/main/web/openBrowser';

describe('browserCommand', () => {
  const url = 'http://127.0.0.1:47815/#token=abc_DEF-123';

  it("uses each system's own opener", () => {
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('freebsd', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
  });

  it('on Windows, starts it through cmd with an empty window title and the address quoted', () => {
    expect(browserCommand('win32', url)).toEqual({
      command: 'cmd',
      args: ['/d', '/s', '/c', `start "" "${url}"`],
      windowsVerbatimArguments: true,
    });
  });
});
