/**
 * The page's Content Security Policy, sent as a header by the web server and by the desktop
 * shell. index.html carries the same rules in a meta tag (a meta tag cannot hold
 * frame-ancestors, hence the header as well). No inline or evaluated scripts: zod runs jitless
 * in the renderer for this reason.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
