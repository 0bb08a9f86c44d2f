import { cleanLine } from '../text';
import { textWidth } from './textMetrics';

/**
 * The few SVG pieces the pictures are made of, written as text for resvg. Every line of text
 * is drawn at exactly the width textMetrics.ts measured, so what was wrapped and shortened to
 * fit stays inside its room whatever sans-serif font the computer draws it with.
 */

/** Arial, else its look-alikes: what Windows, macOS and Linux each have. */
export const PICTURE_FONTS =
  "Arial, 'Liberation Sans', Helvetica, 'Helvetica Neue', 'DejaVu Sans', sans-serif";

/** Text made safe for XML (characters XML forbids dropped, markup escaped), on one line. */
export function escapeXml(text: string): string {
  return cleanLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type AttributeValue = string | number | undefined;

/** Attributes written in order; undefined ones left out, numbers rounded to 0.01. */
export function attributes(values: Record<string, AttributeValue>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
      return ` ${name}="${escapeXml(text)}"`;
    })
    .join('');
}

/** An element with no content. */
export function element(name: string, values: Record<string, AttributeValue>): string {
  return `<${name}${attributes(values)}/>`;
}

export interface TextStyle {
  x: number;
  y: number;
  size: number;
  fill: string;
  /** 400 regular; 600 and up bold. */
  weight?: number;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** Extra space between letters (capitals of a label): such text is not held to its width. */
  letterSpacing?: number;
}

/** One line of text, centred vertically on `y`. */
export function text(content: string, style: TextStyle): string {
  const weight = style.weight ?? 400;
  const width = textWidth(content, style.size, weight);
  const held = style.letterSpacing === undefined && content.trim() !== '';
  return `<text${attributes({
    x: style.x,
    y: style.y,
    'font-size': style.size,
    'font-weight': weight === 400 ? undefined : weight >= 600 ? 'bold' : 'normal',
    'font-style': style.italic === true ? 'italic' : undefined,
    fill: style.fill,
    'text-anchor': style.anchor === 'start' ? undefined : style.anchor,
    'dominant-baseline': 'central',
    'letter-spacing': style.letterSpacing,
    textLength: held ? width : undefined,
    lengthAdjust: held ? 'spacingAndGlyphs' : undefined,
  })}>${escapeXml(content)}</text>`;
}

/** A whole SVG picture of `width` × `height` units, white behind, in the pictures' font. */
export function svgDocument(width: number, height: number, parts: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': PICTURE_FONTS,
    })}>`,
    element('rect', { x: 0, y: 0, width, height, fill: '#FFFFFF' }),
    ...parts,
    '</svg>',
  ].join('\n');
}
