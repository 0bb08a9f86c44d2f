/**
 * Pure decisions behind the shell's security rules, kept free of Electron so they can be
 * tested directly: which frames may call the API, and what happens when the page tries to
 * leave itself.
 */

/** What we know about the frame that sent an IPC message. */
export interface SenderFrame {
  url: string;
  /** True for the page itself, false for any iframe inside it. */
  isTopFrame: boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is our own renderer: the same file for a file:// page (file URLs have no
 * usable origin), or the same origin for the development server.
 */
export function isOurPage(url: string, rendererUrl: string): boolean {
  const page = parse(url);
  const ours = parse(rendererUrl);
  if (page === null || ours === null) return false;
  if (ours.protocol === 'file:') {
    return page.protocol === 'file:' && page.host === ours.host && page.pathname === ours.pathname;
  }
  return page.origin === ours.origin;
}

/** Only our page, in the top frame, may call the API; anything else is refused. */
export function isTrustedSender(frame: SenderFrame | null, rendererUrl: string): boolean {
  return frame !== null && frame.isTopFrame && isOurPage(frame.url, rendererUrl);
}

/** The page never navigates away; web links open in the user's browser instead. */
export type NavigationDecision = { action: 'deny' } | { action: 'openExternally'; url: string };

/** Longer than any link a person would follow; longer ones are refused. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Decide what to do with a navigation or a new window the page asked for. Only a plain web
 * link goes to the browser (shell.openExternal), and only as the URL parser wrote it back:
 * http or https, a host name, no user name or password (`https://bank.example@elsewhere`
 * shows one host and opens another), no longer than MAX_EXTERNAL_URL_LENGTH. Anything else
 * (files, other apps' schemes, scripts) is refused.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return { action: 'deny' };
  const target = parse(url);
  if (target === null) return { action: 'deny' };
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return { action: 'deny' };
  if (target.username !== '' || target.password !== '' || target.hostname === '') {
    return { action: 'deny' };
  }
  return { action: 'openExternally', url: target.href };
}
