import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { DocContext } from '../layout';
import { cleanLine } from '../text';
import type { Picture } from './picture';
import { renderPng, type FontOptions } from './renderPng';

/** Pixels per inch of the PNG on the page: print quality. */
const PRINT_DPI = 300;
/** Word places pictures in pixels of 1/96 inch. */
const SCREEN_DPI = 96;
const TWIPS_PER_INCH = 1440;
/** A picture never takes more of the page's height than this, with its heading above it. */
const MOST_HEIGHT_INCHES = 7.6;

/**
 * A picture as its own centred paragraph, as wide as the text (narrower if it would be too tall),
 * with its alt text. Nothing when there is no picture or it cannot be drawn on this computer:
 * the table after it says the same in words.
 */
export function figure(ctx: DocContext, picture: Picture | null, fonts?: FontOptions): Paragraph[] {
  if (picture === null) return [];
  const ratio = picture.height / picture.width;
  const inches = Math.min(ctx.contentWidth / TWIPS_PER_INCH, MOST_HEIGHT_INCHES / ratio);
  const png = renderPng(picture.svg, inches * PRINT_DPI, fonts);
  if (png === null) return [];
  const width = Math.round(inches * SCREEN_DPI);
  const description = cleanLine(picture.description);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 200 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width, height: Math.round(width * ratio) },
          // Names of skills and objectives are the coach's text: cleaned as all text is.
          altText: { name: cleanLine(picture.name), description, title: cleanLine(picture.name) },
        }),
      ],
    }),
  ];
}
