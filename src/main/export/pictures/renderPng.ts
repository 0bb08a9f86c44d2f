import { createRequire } from 'node:module';
import type { Resvg, ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * SVG to PNG with resvg (a native module whose npm package ships its binary). Loaded on first
 * use, not at import: a computer where it cannot load still exports every document, only
 * without pictures (the tables after them say the same).
 */
interface ResvgModule {
  Resvg: typeof Resvg;
}

export type FontOptions = NonNullable<ResvgRenderOptions['font']>;

/**
 * The computer's own fonts. The pictures ask for Arial or a look-alike (svg.ts); resvg falls
 * back to any font it has when none of them is there.
 */
export const SYSTEM_FONTS: FontOptions = { loadSystemFonts: true, defaultFontFamily: 'Arial' };

let loaded: ResvgModule | null | undefined;

function isResvgModule(value: unknown): value is ResvgModule {
  return (
    typeof value === 'object' &&
    value !== null &&
    'Resvg' in value &&
    typeof value.Resvg === 'function'
  );
}

function resvg(): ResvgModule | null {
  if (loaded === undefined) {
    try {
      const module: unknown = createRequire(import.meta.url)('@resvg/resvg-js');
      loaded = isResvgModule(module) ? module : null;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

const PROBE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="15" font-size="12">Hg</text></svg>';
/** Whether text can be drawn with these fonts, by the font options asked about. */
const fontsDraw = new Map<string, boolean>();

/** A picture whose words are missing would mislead: check once that some font draws text. */
function canDrawText(module: ResvgModule, fonts: FontOptions): boolean {
  const key = JSON.stringify(fonts);
  let known = fontsDraw.get(key);
  if (known === undefined) {
    known = new module.Resvg(PROBE, { font: fonts, logLevel: 'off' }).getBBox() !== undefined;
    fontsDraw.set(key, known);
  }
  return known;
}

/**
 * Pictures drawn lately, by what was drawn: exporting a worksheet again, or the client report
 * after its worksheets, draws the same pictures, and each takes a tenth of a second or more.
 */
const drawn = new Map<string, Uint8Array | null>();
const KEEP_DRAWN = 48;

/**
 * The SVG drawn as a PNG `widthPx` pixels wide, or null when it cannot be drawn here (resvg not
 * loadable, no font that draws text, or an SVG resvg refuses).
 */
export function renderPng(
  svg: string,
  widthPx: number,
  fonts: FontOptions = SYSTEM_FONTS,
): Uint8Array | null {
  const key = `${Math.round(widthPx)} ${JSON.stringify(fonts)} ${svg}`;
  const known = drawn.get(key);
  if (known !== undefined) return known;
  const png = draw(svg, widthPx, fonts);
  if (drawn.size >= KEEP_DRAWN) {
    const oldest = drawn.keys().next();
    if (oldest.done !== true) drawn.delete(oldest.value);
  }
  drawn.set(key, png);
  return png;
}

function draw(svg: string, widthPx: number, fonts: FontOptions): Uint8Array | null {
  const module = resvg();
  if (module === null) return null;
  try {
    if (!canDrawText(module, fonts)) return null;
    const image = new module.Resvg(svg, {
      font: fonts,
      fitTo: { mode: 'width', value: Math.round(widthPx) },
      logLevel: 'off',
    });
    return image.render().asPng();
  } catch {
    return null;
  }
}
