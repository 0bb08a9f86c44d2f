import { app, session, shell, type WebContents } from 'electron';
import { describeError, type AppLog } from '../log/appLog';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { decideNavigation } from './trust';

/** The scheme of a URL, all the log keeps of it (a link may hold anything the coach typed). */
function schemeOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase() ?? 'none';
}

/** A link the page tried to follow (`navigation`) or to open in a new window (`window`). */
function openInBrowser(url: string, asked: 'navigation' | 'window', log: AppLog): void {
  const decision = decideNavigation(url);
  if (decision.action !== 'openExternally') {
    log.warn('link refused', { asked, scheme: schemeOf(url) });
    return;
  }
  log.info('link opened in the browser', { asked, scheme: schemeOf(decision.url) });
  // Electronegativity flags every openExternal of a URL that is not a constant. This one is
  // checked: decideNavigation (trust.ts) lets through only an http(s) link to a host, without
  // a user name or password, as the URL parser wrote it back.
  const opening = shell.openExternal(decision.url); // eng-disable OPEN_EXTERNAL_JS_CHECK: URL vetted above
  opening.catch((error: unknown) => {
    // Nothing sensible to do if the system has no browser; the page stays where it is.
    log.warn('browser not opened', describeError(error));
  });
}

function lockDown(contents: WebContents, log: AppLog): void {
  // The page never leaves itself: no navigation, no new windows, no embedded webviews.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowser(event.url, 'navigation', log);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url, 'window', log);
    return { action: 'deny' };
  });
}

/**
 * Security rules that hold for every page the app ever shows. Call before the first window.
 * `sendCspHeader` is off in development, where the dev server needs inline styles.
 */
export function applySecurityRules(options: { sendCspHeader: boolean; log: AppLog }): void {
  app.on('web-contents-created', (_event, contents) => {
    lockDown(contents, options.log);
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
