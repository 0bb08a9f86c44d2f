import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The Host values a browser sends when it really talks to this server (not a rebound DNS name). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** The only pages allowed to call the API: the ones this server itself serves. */
export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * True when the request carries `Authorization: Bearer <token>`. Compared in constant time
 * (over hashes, so that the lengths match too) so the token cannot be guessed byte by byte.
 */
export function hasToken(request: IncomingMessage, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/.exec(request.headers.authorization ?? '');
  const offered = match?.[1];
  if (offered === undefined) return false;
  return timingSafeEqual(digest(offered), digest(token));
}

/** Why a body could not be read, or the body itself. */
export type BodyRead = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'aborted' };

/**
 * Read the request body as text, refusing (without reading the rest) as soon as it grows past
 * `maxBytes`, so a huge upload cannot fill the memory.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve({ ok: false, reason: 'tooLarge' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.pause();
        finish({ ok: false, reason: 'tooLarge' });
        return;
      }
      if (!done) chunks.push(chunk);
    });
    request.on('end', () => {
      finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    request.on('error', () => {
      finish({ ok: false, reason: 'aborted' });
    });
    request.on('close', () => {
      finish({ ok: false, reason: 'aborted' });
    });
  });
}
