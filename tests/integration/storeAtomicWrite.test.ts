import {
  chmod,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTextAtomic } from '../../src/main/store/atomicTextFile';
import { tempDirs } from '../helpers/tempDir';
import { modeOf, underPermissiveUmask } from '../helpers/privateFiles';

const dirs = tempDirs();
// Windows has no Unix permission bits, and creating symbolic links there needs extra rights.
const posix = process.platform !== 'win32';

describe.skipIf(!posix)('writeTextAtomic', () => {
  underPermissiveUmask();
  afterEach(dirs.cleanup);

  it('creates a new file readable by its owner only (0600), whatever the umask', async () => {
    const dir = await dirs.make('atomic-mode');
    const path = join(dir, 'notes.json');
    await writeTextAtomic(path, 'first');
    expect(await modeOf(path)).toBe(0o600);
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['notes.json']);
  });

  it('writes bytes exactly as given', async () => {
    const dir = await dirs.make('atomic-bytes');
    const path = join(dir, 'doc.bin');
    await writeTextAtomic(path, new Uint8Array([0x50, 0x4b, 0, 255]));
    expect([...(await readFile(path))]).toEqual([0x50, 0x4b, 0, 255]);
    expect(await modeOf(path)).toBe(0o600);
  });

  it('keeps the mode of an existing file the coach set (0644)', async () => {
    const dir = await dirs.make('atomic-keep');
    const path = join(dir, 'shared.json');
    await writeFile(path, 'old');
    await chmod(path, 0o644);
    await writeTextAtomic(path, 'new');
    expect(await modeOf(path)).toBe(0o644);
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['shared.json']);
  });

  it('writes through a symbolic link: the link stays a link, its target gets the text', async () => {
    const dir = await dirs.make('atomic-link');
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'workbook.json');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    const link = join(dir, 'workbook.json');
    await symlink(join('real', 'workbook.json'), link);

    await writeTextAtomic(link, 'new');

    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(join('real', 'workbook.json'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await modeOf(target)).toBe(0o640);
    // The temp file went beside the target, and was renamed away.
    expect((await readdir(dir)).sort()).toEqual(['real', 'workbook.json']);
    expect(await readdir(join(dir, 'real'))).toEqual(['workbook.json']);
  });

  it('follows a dangling symbolic link and creates its target (0600)', async () => {
    const dir = await dirs.make('atomic-dangling');
    const link = join(dir, 'state.json');
    await symlink('missing.json', link);

    await writeTextAtomic(link, 'created');

    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'missing.json'), 'utf8')).toBe('created');
    expect(await modeOf(join(dir, 'missing.json'))).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(['missing.json', 'state.json']);
  });

  it('on failure, leaves no temp file and the target as it was', async () => {
    const dir = await dirs.make('atomic-fail');
    const target = join(dir, 'taken');
    await mkdir(target); // the rename onto a folder fails after the temp file was written
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(writeTextAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(target)).toEqual(['inside.txt']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });
});
