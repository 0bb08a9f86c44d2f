import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../src/main/web/staticFiles';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-static-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>page</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.json'), '{"secret":true}');
  await writeFile(join(dir, 'renderer-sibling.txt'), 'outside');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readStaticFile', () => {
  it('serves index.html for / and files by path with their type', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toBe('text/html; charset=utf-8');
    const script = await readStaticFile(root, '/assets/app.js');
    expect(script?.contentType).toBe('text/javascript; charset=utf-8');
    expect(script?.body.toString()).toBe('console.log(1)');
  });

  it('finds nothing outside the served folder, however the path is spelled', async () => {
    for (const path of [
      '/../secret.json',
      '/assets/../../secret.json',
      '/%2e%2e/secret.json',
      '/%2E%2E%2Fsecret.json',
      '/..%2fsecret.json',
      '/..%5csecret.json',
      '//../secret.json',
      '/../renderer-sibling.txt',
      `/${join(dir, 'secret.json')}`,
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      expect(await readStaticFile(root, path), path).toBeNull();
    }
  });

  it('finds nothing for missing files and folders', async () => {
    expect(await readStaticFile(root, '/missing.js')).toBeNull();
    expect(await readStaticFile(root, '/assets')).toBeNull();
  });
});
