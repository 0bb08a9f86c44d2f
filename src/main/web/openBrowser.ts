import { spawn } from 'node:child_process';

/** The system's own way to open an address in the default browser, as a program to run. */
export function browserCommand(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[]; windowsVerbatimArguments?: boolean } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') {
    // `start` is built into cmd. Its first quoted argument is a window title, hence the "".
    // Verbatim, so the address reaches cmd as typed (it holds no quotes or cmd operators:
    // loopback origin, then #token= and base64url).
    return {
      command: 'cmd',
      args: ['/d', '/s', '/c', `start "" "${url}"`],
      windowsVerbatimArguments: true,
    };
  }
  return { command: 'xdg-open', args: [url] };
}

/**
 * Open `url` in the default browser without waiting for it. When that cannot be done (no
 * xdg-open, no browser), `onFailure` says so once; the server keeps running either way.
 */
export function openBrowser(url: string, onFailure: () => void): void {
  const { command, args, windowsVerbatimArguments } = browserCommand(process.platform, url);
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    onFailure();
  };
  const child = spawn(command, args, {
    stdio: 'ignore',
    detached: process.platform !== 'win32',
    windowsVerbatimArguments,
    windowsHide: true,
  });
  child.on('error', fail);
  child.on('exit', (code) => {
    if (code !== 0) fail();
  });
  child.unref();
}
