// Makes the app's icons from the two drawings in resources/:
//   icon.svg        the mark (an open workbook with a check), used from 48 px up
//   icon-small.svg  the same mark simplified for 16, 24 and 32 px
// and writes, all committed so that a build needs none of this:
//   resources/icons/NxN.png   16 … 1024 px (the Linux icon set electron-builder reads)
//   resources/icon.png        1024 px
//   resources/icon.ico        Windows: 16, 24, 32, 48, 64, 128 and 256 px
//   resources/icon.icns       macOS: 16 … 1024 px, with the @2x sizes
// Usage: node scripts/make-icons.mjs   (run it again after changing a drawing)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';

const resources = fileURLToPath(new URL('../resources/', import.meta.url));
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS types by pixel size (the @2x types hold twice the size their name says). */
const ICNS_TYPES = [
  [16, ['ic04']],
  [32, ['ic05', 'ic11']],
  [64, ['ic12']],
  [128, ['ic07']],
  [256, ['ic08', 'ic13']],
  [512, ['ic09', 'ic14']],
  [1024, ['ic10']],
];
const SMALL_UP_TO = 32;

async function render(svg, size) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: undefined });
  return image.render().asPng();
}

async function main() {
  const full = await readFile(join(resources, 'icon.svg'), 'utf8');
  const small = await readFile(join(resources, 'icon-small.svg'), 'utf8');
  await mkdir(join(resources, 'icons'), { recursive: true });
  const pngs = new Map();
  for (const size of PNG_SIZES) {
    const png = await render(size <= SMALL_UP_TO ? small : full, size);
    pngs.set(size, png);
    await writeFile(join(resources, 'icons', `${size}x${size}.png`), png);
  }
  const largest = pngs.get(1024);
  await writeFile(join(resources, 'icon.png'), largest);

  const ico = new IconIco();
  // Largest first, as Windows' own tools write them; 256 px as PNG, the rest as bitmaps.
  for (const size of [...ICO_SIZES].reverse()) await ico.addFromPng(pngs.get(size), null);
  await writeFile(join(resources, 'icon.ico'), ico.encode());

  const icns = new IconIcns();
  icns.toc = true;
  for (const [size, types] of ICNS_TYPES) await icns.addFromPng(pngs.get(size), types);
  await writeFile(join(resources, 'icon.icns'), icns.encode());

  console.log(
    `icons written to ${resources}: ${PNG_SIZES.length} PNGs, icon.png, icon.ico, icon.icns`,
  );
}

await main();
