/** Reading back what the pictures' SVG draws, for tests: its texts and its rectangles. */

export interface SvgText {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  /** The width the text is drawn at (every measured line has one). */
  width: number;
  weight: string;
  fill: string;
}

export interface SvgRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

function attributesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every <text> element, in the order drawn. */
export function svgTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const a = attributesOf(m[1] ?? '');
    const anchor = a.get('text-anchor');
    return {
      text: unescape(m[2] ?? ''),
      x: Number(a.get('x')),
      y: Number(a.get('y')),
      size: Number(a.get('font-size')),
      anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
      width: Number(a.get('textLength') ?? 0),
      weight: a.get('font-weight') ?? 'normal',
      fill: a.get('fill') ?? '',
    };
  });
}

/** Every <rect> element drawn (not those of patterns), but the white background. */
export function svgRects(svg: string): SvgRect[] {
  return [...svg.replace(/<defs>[\s\S]*?<\/defs>/g, '').matchAll(/<rect([^>]*)\/>/g)]
    .map((m) => attributesOf(m[1] ?? ''))
    .map((a) => ({
      x: Number(a.get('x')),
      y: Number(a.get('y')),
      width: Number(a.get('width')),
      height: Number(a.get('height')),
      fill: a.get('fill') ?? '',
    }))
    .slice(1);
}

/** Left and right edges of a line of text. */
export function span(text: SvgText): { left: number; right: number } {
  const left =
    text.anchor === 'start'
      ? text.x
      : text.anchor === 'middle'
        ? text.x - text.width / 2
        : text.x - text.width;
  return { left, right: left + text.width };
}
