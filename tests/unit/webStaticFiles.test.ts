import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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

// Making symbolic links on Windows needs an administrator or developer mode.
describe.skipIf(process.platform === 'win32')('readStaticFile and symbolic links', () => {
  let linked: string;

  beforeAll(async () => {
    linked = join(dir, 'linked');
    await mkdir(join(linked, 'assets'), { recursive: true });
    await writeFile(join(linked, 'index.html'), '<!doctype html><title>linked</title>');
    await writeFile(join(linked, 'assets', 'app.js'), 'console.log(2)');
    await mkdir(join(dir, 'outside-folder'));
    await writeFile(join(dir, 'outside-folder', 'notes.txt'), 'outside');
    // Links planted in the served folder: out to a file, out to a folder, and inside it.
    await symlink(join(dir, 'secret.json'), join(linked, 'secret.json'));
    await symlink(join(dir, 'secret.json'), join(linked, 'assets', 'secret.js'));
    await symlink(join(dir, 'outside-folder'), join(linked, 'outside'));
    await symlink('index.html', join(linked, 'alias.html'));
    await symlink('assets', join(linked, 'assets-alias'));
    await symlink(join(dir, 'nowhere'), join(linked, 'dangling.js'));
    await symlink(join(dir, 'linked'), join(dir, 'root-link'));
  });

  it('serves a real file beside the links', async () => {
    const page = await readStaticFile(linked, '/index.html');
    expect(page?.body.toString()).toBe('<!doctype html><title>linked</title>');
    expect((await readStaticFile(linked, '/assets/app.js'))?.body.toString()).toBe(
      'console.log(2)',
    );
  });

  it('finds nothing through a link, wherever it points', async () => {
    for (const path of [
      '/secret.json',
      '/assets/secret.js',
      '/outside/notes.txt',
      '/outside',
      '/alias.html',
      '/assets-alias/app.js',
      '/dangling.js',
    ]) {
      expect(await readStaticFile(linked, path), path).toBeNull();
    }
  });

  it('serves a folder that is itself reached through a link', async () => {
    const rootLink = join(dir, 'root-link');
    expect((await readStaticFile(rootLink, '/'))?.body.toString()).toContain('linked');
    expect(await readStaticFile(rootLink, '/secret.json')).toBeNull();
  });
});
