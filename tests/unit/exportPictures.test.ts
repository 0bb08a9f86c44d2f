/**
 * The pieces every picture in a document is made with: Arial's widths, the SVG text lines held
 * to them, and resvg drawing the SVG as a PNG (the real native module, system fonts included).
 */
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docContext, documentShell } from '../../src/main/export/layout';
import { figure } from '../../src/main/export/pictures/figure';
import type { Picture } from '../../src/main/export/pictures/picture';
import { renderPng } from '../../src/main/export/pictures/renderPng';
import { escapeXml, svgDocument, text } from '../../src/main/export/pictures/svg';
import { textWidth } from '../../src/main/export/pictures/textMetrics';
import { EMPTY_PRACTICE } from '../../src/shared/domain/emptyRecords';
import { svgTexts } from '../helpers/svgParts';

/** Width and height a PNG says it has. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const NO_FONTS = { loadSystemFonts: false, fontFiles: [] };

const picture: Picture = {
  svg: svgDocument(200, 100, [text('Hello', { x: 10, y: 50, size: 20, fill: '#222222' })]),
  width: 200,
  height: 100,
  name: 'A greeting',
  description: 'The word Hello.',
};

describe('textWidth', () => {
  it("measures with Arial's widths", () => {
    // H 722, e 556, l 222, l 222, o 556 thousandths of an em.
    expect(textWidth('Hello', 10)).toBeCloseTo(22.78);
    expect(textWidth('Hello', 10, 700)).toBeGreaterThan(textWidth('Hello', 10));
    expect(textWidth('Kowalczyk – “ok” …', 12)).toBeGreaterThan(0);
  });

  it('gives characters Arial lacks a fair width: wide ones a full em, marks none', () => {
    expect(textWidth('漢字', 10)).toBe(20);
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10));
  });
});

describe('svg text', () => {
  it('escapes markup and drops what XML forbids', () => {
    expect(escapeXml('Tom & "Jerry" <b>\u0007')).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
  });

  it('holds each line to its measured width, so another font stays inside its room', () => {
    const [line] = svgTexts(text('Hello', { x: 0, y: 0, size: 10, fill: '#000' }));
    expect(line?.width).toBeCloseTo(22.78, 1);
    expect(text('Hello', { x: 0, y: 0, size: 10, fill: '#000' })).toContain(
      'lengthAdjust="spacingAndGlyphs"',
    );
  });
});

describe('renderPng', () => {
  it('draws the SVG as a PNG of the width asked for', () => {
    const png = renderPng(picture.svg, 600);
    if (png === null) throw new Error('resvg drew nothing');
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
  });

  it('draws nothing rather than a picture without its words when no font can draw text', () => {
    expect(renderPng(picture.svg, 600, NO_FONTS)).toBeNull();
  });
});

describe('figure', () => {
  const ctx = docContext({ ...EMPTY_PRACTICE, paperSize: 'A4' }, '2026-11-23');

  /** A document holding the figure of `shown`, as Word reads it: its XML and its pictures. */
  async function placed(shown: Picture): Promise<{ xml: string; pngs: Uint8Array[] }> {
    const doc = documentShell(ctx, { title: 'T', subject: 'S', children: figure(ctx, shown) });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
    return {
      xml: new TextDecoder().decode(files['word/document.xml']),
      pngs: Object.entries(files)
        .filter(([name]) => name.startsWith('word/media/'))
        .map(([, bytes]) => bytes),
    };
  }

  it('places the picture as wide as the text, at print resolution, with its alt text', async () => {
    const { xml, pngs } = await placed(picture);
    expect(pngs).toHaveLength(1);
    expect(xml).toContain('name="A greeting" descr="The word Hello." title="A greeting"');
    // A4 text width 9412 twips = 6.54 in: 627 px at 96 dpi, in EMU (9525 a pixel).
    expect(xml).toContain(`<wp:extent cx="${627 * 9525}" cy="${314 * 9525}"/>`);
    expect(pngSize(pngs[0] ?? new Uint8Array()).width).toBe(Math.round((9412 / 1440) * 300));
  });

  it('makes a tall picture narrower, so it fits on a page', async () => {
    const { xml } = await placed({ ...picture, width: 100, height: 400 });
    // At most 7.6 in tall: 1.9 in wide, 182 px.
    expect(xml).toContain(`<wp:extent cx="${182 * 9525}" cy="${728 * 9525}"/>`);
  });

  it('gives nothing without a picture or without fonts: the table after it says the same', () => {
    expect(figure(ctx, null)).toEqual([]);
    expect(figure(ctx, picture, NO_FONTS)).toEqual([]);
  });
});
