/**
 * The installer configuration (electron-builder.yml), checked here without building anything:
 * electron-builder loads it and validates it against its own schema, as `npm run dist` would,
 * and every file it names is there, made for the sizes each platform needs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The part of electron-builder's loader this test uses (app-builder-lib, not typed publicly). */
interface ConfigModule {
  getConfig: (projectDir: string, configPath: null, fromOptions: null) => Promise<Configuration>;
  validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>;
}
interface LoggerModule {
  DebugLogger: new (enabled: boolean) => unknown;
}

// The very copies electron-builder itself uses, found from it rather than named as our own.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getConfig, validateConfiguration } = fromBuilder(
  'app-builder-lib/out/util/config/config',
) as ConfigModule;
const { DebugLogger } = fromBuilder('builder-util') as LoggerModule;

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, null, null);
}, 30_000);

/** The width and height a PNG file says it has. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Target names of one platform's section, whether written as strings or objects. */
function targetNames(section: { target?: unknown } | null | undefined): string[] {
  const targets: unknown[] = Array.isArray(section?.target) ? section.target : [section?.target];
  return targets.map((target) =>
    typeof target === 'string' ? target : String((target as { target?: unknown }).target),
  );
}

/** The `files` patterns as electron-builder reads them (it wraps them in file sets). */
function filePatterns(): string[] {
  const sets: unknown[] = Array.isArray(config.files) ? config.files : [config.files];
  return sets.flatMap((set) => {
    if (typeof set === 'string') return [set];
    const filter = (set as { filter?: string | string[] }).filter;
    return filter === undefined ? [] : Array.isArray(filter) ? filter : [filter];
  });
}

describe('electron-builder.yml', () => {
  it('is the file electron-builder loads, and valid by its own schema', async () => {
    expect(existsSync(join(root, 'electron-builder.yml'))).toBe(true);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000);

  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe('Coaching Workbook');
  });

  it('makes an AppImage and a .deb, an NSIS installer and a .dmg', () => {
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
  });

  it('packs only the built app: main with its export worker, the preload and the page', () => {
    const patterns = filePatterns();
    expect(patterns.sort()).toEqual(
      ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'].sort(),
    );
    // Those are the folders the app's build writes to.
    const viteConfig = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    const outDirs = [...viteConfig.matchAll(/outDir: '([^']+)'/g)].map((match) => match[1]);
    expect(outDirs.sort()).toEqual(['out/main', 'out/preload', 'out/renderer']);
    expect(viteConfig).toMatch(/exportWorker: resolve\(/);
    // package.json's entry point is inside them.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.replace(/^\.\//, '')).toMatch(/^out\/main\//);
  });

  it('keeps everything inside app.asar, where the integrity check covers it, but native binaries', () => {
    expect(config.asar).not.toBe(false);
    // The export worker imports its chunk and docx from inside the archive, which Electron's
    // worker threads read; unpacking it alone would break those imports. Only resvg's binary,
    // which the system loads from a real file, goes beside the archive.
    expect(config.asarUnpack).toEqual(['**/node_modules/@resvg/resvg-js-*/*.node']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // A production dependency, so electron-builder packs it with the binary for the platform.
    expect(Object.keys(pkg.dependencies)).toContain('@resvg/resvg-js');
  });

  it('flips the Electron fuses of a packaged app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('publishes nothing', () => {
    expect(config.publish).toBeNull();
  });

  it('names icons that exist, at the sizes each platform needs', () => {
    const resources = config.directories?.buildResources ?? 'build';
    expect(statSync(join(root, resources)).isDirectory()).toBe(true);

    const linuxIcons = join(root, String(config.linux?.icon));
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(linuxIcons, `${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }

    const ico = readFileSync(join(root, String(config.win?.icon)));
    expect(ico.readUInt16LE(0)).toBe(0); // reserved
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = ico.readUInt16LE(4);
    // Width 0 in an ICO entry means 256.
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    const icns = readFileSync(join(root, String(config.mac?.icon)));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10']) {
      expect(icns.includes(Buffer.from(type, 'latin1'))).toBe(true);
    }

    for (const path of [
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
      config.dmg?.icon,
    ]) {
      expect(path).toBeTypeOf('string');
      expect(existsSync(join(root, String(path)))).toBe(true);
    }
  });

  it('keeps installers out of git', () => {
    const ignored = readFileSync(join(root, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toContain(config.directories?.output ?? 'dist');
  });
});
