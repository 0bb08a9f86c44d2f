import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { decideNavigation } from './trust';

function openInBrowser(url: string): void {
  const decision = decideNavigation(url);
  if (decision.action === 'openExternally') {
    shell.openExternal(decision.url).catch(() => {
      // Nothing sensible to do if the system has no browser; the page stays where it is.
    });
  }
}

function lockDown(contents: WebContents): void {
  // The page never leaves itself: no navigation, no new windows, no embedded webviews.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

/**
 * Security rules that hold for every page the app ever shows. Call before the first window.
 * `sendCspHeader` is off in development, where the dev server needs inline styles.
 */
export function applySecurityRules(options: { sendCspHeader: boolean }): void {
  app.on('web-contents-created', (_event, contents) => {
    lockDown(contents);
  });
  const appSession = session.defaultSession;
  // The workbook never needs the camera, microphone, location, notifications or devices.
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  appSession.setPermissionCheckHandler(() => false);
  appSession.setDevicePermissionHandler(() => false);
  if (options.sendCspHeader) {
    appSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        },
      });
    });
  }
}
