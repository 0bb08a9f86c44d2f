import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, systemDeps } from '../../src/main/api';
import { openWorkbookStore, readWorkbookAt, type WorkbookStore } from '../../src/main/store';
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/contentSecurityPolicy';
import { WEB_BUNDLE } from './support/bundles';
import { startWebServer, type WebServer } from '../../src/main/web/server';

const TOKEN = 'test-token-0123456789';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

/** A raw HTTP request, so that Host and Origin can be set to anything (fetch forbids that). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** An open `GET /events` stream, with the events it has brought so far. */
interface Listening {
  status: number;
  headers: IncomingMessage['headers'];
  /** Everything the stream brought, as text. */
  text(): string;
  /** The `data:` of each event so far, parsed. */
  events(): unknown[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Open the event stream as the page does (fetch, the key in the header), raw so Origin can be set. */
function listen(port: number, headers: Record<string, string> = {}): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'GET', path: '/events', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        const ended = new Promise<void>((done) => {
          res.on('end', done);
          res.on('close', done);
        });
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: () => text,
          events: () =>
            text
              .split('\n\n')
              .flatMap((block) => block.split('\n').filter((line) => line.startsWith('data: ')))
              .map((line) => JSON.parse(line.slice('data: '.length)) as unknown),
          ended,
          close: () => {
            req.destroy();
          },
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

function api(
  port: number,
  channel: string,
  payload: unknown,
  headers: Record<string, string> = {},
) {
  return send(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(payload),
  });
}

describe('web server', () => {
  let dir: string;
  let store: WorkbookStore;
  let server: WebServer;
  let port: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-web-'));
    const rendererDir = join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(
      join(rendererDir, 'index.html'),
      '<!doctype html><title>Coaching Workbook</title>',
    );
    await writeFile(join(dir, 'private.txt'), 'not for the browser');
    store = await openWorkbookStore(join(dir, 'workbook'));
    server = await startWebServer({
      api: createApi(systemDeps(store)),
      rendererDir,
      token: TOKEN,
      port: 0,
      maxBodyBytes: 64 * 1024,
    });
    port = server.port;
  });

  afterAll(async () => {
    await server.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
  });

  it('serves the page with the strict CSP and no way out of its folder', async () => {
    const page = await send(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Coaching Workbook</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(port, { path: '/../private.txt' })).status).toBe(404);
    expect((await send(port, { path: '/%2e%2e/private.txt' })).status).toBe(404);
    expect((await send(port, { path: '/nothing-here.js' })).status).toBe(404);
  });

  // Making symbolic links on Windows needs an administrator or developer mode.
  it.skipIf(process.platform === 'win32')(
    'serves real files only: a link in its folder answers 404, wherever it points',
    async () => {
      const rendererDir = join(dir, 'renderer');
      await mkdir(join(dir, 'private-folder'));
      await writeFile(join(dir, 'private-folder', 'notes.txt'), 'not for the browser either');
      await writeFile(join(rendererDir, 'app.js'), 'console.log("app")');
      await symlink(join(dir, 'private.txt'), join(rendererDir, 'private.txt'));
      await symlink(join(dir, 'private-folder'), join(rendererDir, 'folder'));
      await symlink('app.js', join(rendererDir, 'alias.js'));
      const script = await send(port, { path: '/app.js' });
      expect(script.status).toBe(200);
      expect(script.text).toBe('console.log("app")');
      for (const path of ['/private.txt', '/folder/notes.txt', '/folder', '/alias.js']) {
        const reply = await send(port, { path });
        expect(reply.status, path).toBe(404);
        expect(reply.text, path).toBe('Not found');
      }
    },
  );

  it('answers a call with the token with the handler’s Result', async () => {
    const reply = await api(port, 'workbook:info', {});
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({
      ok: true,
      value: { state: 'ok', filePath: join(dir, 'workbook'), isNew: true },
    });
  });

  it('refuses API calls without the right token', async () => {
    const missing = await send(port, {
      method: 'POST',
      path: '/api/workbook:info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const wrong = await api(port, 'workbook:info', {}, { Authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    const notBearer = await api(port, 'workbook:info', {}, { Authorization: TOKEN });
    expect(notBearer.status).toBe(401);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    for (const host of [`evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`]) {
      const reply = await api(port, 'workbook:info', {}, { Host: host });
      expect(reply.status, host).toBe(403);
      expect(reply.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect((await send(port, { path: '/', headers: { Host: host } })).status).toBe(403);
    }
    expect((await api(port, 'workbook:info', {}, { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses calls from other web pages, even with the token', async () => {
    const reply = await api(port, 'workbook:info', {}, { Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    const ours = await api(port, 'workbook:info', {}, { Origin: `http://127.0.0.1:${port}` });
    expect(ours.status).toBe(200);
  });

  it('refuses bodies over the limit with 413 and a typed error', async () => {
    const big = { client: { name: 'x'.repeat(70 * 1024) } };
    // Streamed (chunked, size unknown up front) and declared with Content-Length.
    const streamed = await api(port, 'clients:create', big);
    expect(streamed.status).toBe(413);
    expect(streamed.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const body = JSON.stringify(big);
    const declared = await api(port, 'clients:create', big, {
      'Content-Length': String(Buffer.byteLength(body)),
    });
    expect(declared.status).toBe(413);
    expect((await api(port, 'workbook:info', {})).status).toBe(200);
  });

  it('answers unknown channels with 404 notFound, bad JSON with 400, wrong methods with 405', async () => {
    const unknown = await api(port, 'files:delete', {});
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const badJson = await send(port, {
      method: 'POST',
      path: '/api/workbook:info',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: '{"oops',
    });
    expect(badJson.status).toBe(400);
    expect(badJson.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const get = await send(port, {
      path: '/api/workbook:info',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(get.status).toBe(405);
  });

  it('passes invalid input to the handlers, which name the field', async () => {
    const reply = await api(port, 'clients:list', { includeArchived: 'yes' });
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid', problems: [{ path: 'includeArchived' }] },
    });
  });

  it('streams its events to a page that holds the access key', async () => {
    const stream = await listen(port, { Authorization: `Bearer ${TOKEN}` });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(stream.headers['cache-control']).toBe('no-store');
      expect(stream.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      await until(() => stream.text().includes(': connected'), 'the stream to open');
      server.send({ type: 'command:run', id: 'help' });
      await until(() => stream.events().length === 1, 'the event');
      expect(stream.events()).toEqual([{ type: 'command:run', id: 'help' }]);
      expect(stream.text()).toContain('event: command:run\n');
    } finally {
      stream.close();
    }
  });

  it('refuses the event stream without the key, with another key, to other pages and hosts', async () => {
    const refusals = [
      await listen(port),
      await listen(port, { Authorization: `Bearer ${TOKEN}x` }),
      await listen(port, { Authorization: TOKEN }),
      // Not in the address either: the key goes in the header only.
      await listen(port, { Cookie: `token=${TOKEN}` }),
    ];
    for (const refused of refusals) {
      await refused.ended;
      expect(refused.status).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer');
      expect(JSON.parse(refused.text())).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    const otherPage = await listen(port, {
      Authorization: `Bearer ${TOKEN}`,
      Origin: 'https://evil.example',
    });
    const otherHost = await listen(port, {
      Authorization: `Bearer ${TOKEN}`,
      Host: `evil.example:${port}`,
    });
    for (const refused of [otherPage, otherHost]) {
      await refused.ended;
      expect(refused.status).toBe(403);
    }
    // None of them hears what is sent now.
    server.send({ type: 'command:run', id: 'undo' });
    for (const refused of [...refusals, otherPage, otherHost]) {
      expect(refused.text()).not.toContain('command:run');
    }
    const post = await send(port, {
      method: 'POST',
      path: '/events',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(post.status).toBe(405);
  });

  it('creates a client that the list then shows and the file keeps', async () => {
    const draft = {
      name: 'Dana Whitfield',
      email: 'dana@example.com',
      phone: '',
      organization: 'Harbour Logistics',
      role: 'Operations lead',
      status: 'active',
      referralSource: 'Former client',
      idealClientFit: 'good',
      startDate: '2026-01-12',
      yearlyCheckInDate: null,
      notes: '',
    };
    const created = await api(port, 'clients:create', { client: draft });
    expect(created.status).toBe(200);
    expect(created.json()).toMatchObject({ ok: true, value: { name: 'Dana Whitfield' } });
    const listed = await api(port, 'clients:list', { includeArchived: false });
    expect(listed.json()).toMatchObject({ ok: true, value: [{ name: 'Dana Whitfield' }] });
    await store.close();
    const onDisk = await readWorkbookAt(join(dir, 'workbook'));
    if (onDisk.kind !== 'valid') throw new Error(`The workbook on disk is ${onDisk.kind}`);
    expect(onDisk.workbook.clients.map((c) => c.name)).toEqual(['Dana Whitfield']);
  });
});

describe('npm run web (the command line)', () => {
  it('prints the address with its token, serves on it, and stops cleanly on Ctrl+C', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-web-cli-'));
    try {
      // Named as an old file that is not there: the workbook is the folder `workbook`.
      const workbook = join(dir, 'workbook.json');
      const folder = join(dir, 'workbook');
      const child = spawn(process.execPath, [WEB_BUNDLE, '--workbook', workbook, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const url = await new Promise<URL>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no address printed:\n${output}`));
        }, 30_000);
        child.stdout.on('data', () => {
          const match =
            /Coaching Workbook is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(new URL(match[1]));
          }
        });
      });
      const token = url.hash.replace('#token=', '');
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const reply = await send(Number(url.port), {
        method: 'POST',
        path: '/api/workbook:info',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(reply.json()).toMatchObject({ ok: true, value: { filePath: folder } });
      expect(output).toContain(`Workbook: ${folder}`);
      // An open page is told the server is stopping before it goes.
      const stream = await listen(Number(url.port), { Authorization: `Bearer ${token}` });
      expect(stream.status).toBe(200);
      await until(() => stream.text().includes(': connected'), 'the stream to open');
      child.kill('SIGINT');
      await stream.ended;
      expect(stream.events()).toEqual([{ type: 'server:stopping' }]);
      expect(await exited).toBe(0);
      expect(output).toContain('Stopped. Your workbook is saved.');
      const saved = await readWorkbookAt(folder);
      expect(saved.kind).toBe('valid');
      expect(saved.kind === 'valid' && Array.isArray(saved.workbook.clients)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
