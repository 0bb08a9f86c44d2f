/**
 * Geometry for the drawn boundary map: where item texts fit inside the three rings, and how to
 * shorten text to the room it has. Pure functions, so the drawing stays simple and testable.
 */

/** An ellipse centred on the map's middle. */
export interface Ellipse {
  rx: number;
  ry: number;
}

/** Ring sizes, outermost first; the map is wider than tall, so the rings are too. */
export const RINGS = {
  willNot: { rx: 290, ry: 232 },
  negotiable: { rx: 214, ry: 166 },
  willing: { rx: 134, ry: 96 },
} satisfies Record<string, Ellipse>;

/** Room for one line of text: centred on (x, y), at most `width` wide. */
export interface Slot {
  x: number;
  y: number;
  width: number;
}

/**
 * Rough width of one character at a font size. System fonts average a little over half an em;
 * we lean wide so that text never spills over a ring's edge.
 */
export function charWidth(fontSize: number): number {
  return fontSize * 0.56;
}

/** How many characters fit in `width` at `fontSize`. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(0, Math.floor(width / charWidth(fontSize)));
}

/** The text on one line, cut at a word where possible, with an ellipsis when it was too long. */
export function truncate(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  if (maxChars <= 1) return '…';
  const cut = flat.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that throws away most of the room.
  const base = lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Text broken into at most `maxLines` lines of `maxChars`; the last line ends in "…" if cut. */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const next = current ? `${current} ${word}` : word;
    if (next.length <= maxChars) {
      current = next;
      continue;
    }
    if (current) lines.push(current);
    if (lines.length === maxLines) break;
    current = word.length > maxChars ? truncate(word, maxChars) : word;
  }
  if (index === words.length && current && lines.length < maxLines) {
    lines.push(current);
    return lines;
  }
  if (lines.length === 0) return [];
  const rest = words.slice(index).join(' ');
  const last = lines.length - 1;
  lines[last] = truncate(`${lines[last] ?? ''} ${rest}`, maxChars);
  return lines;
}

/** Half the width of an ellipse at height y (0 beyond its top or bottom). */
function halfWidthAt(ellipse: Ellipse, y: number): number {
  const t = y / ellipse.ry;
  return t >= 1 ? 0 : ellipse.rx * Math.sqrt(1 - t * t);
}

export interface SlotOptions {
  /** Distance between text lines. */
  lineHeight: number;
  /** Space kept between text and a ring's edge. */
  padding: number;
  /** Narrower spaces are skipped: a handful of letters says nothing. */
  minWidth: number;
}

/**
 * The lines of text that fit in the band between `outer` and `inner` (or the whole of `outer`
 * when `inner` is null), in reading order: top to bottom, left before right. Where the inner
 * ring cuts a line in two, each side is its own slot.
 */
export function ringSlots(outer: Ellipse, inner: Ellipse | null, options: SlotOptions): Slot[] {
  const { lineHeight, padding, minWidth } = options;
  const half = lineHeight / 2;
  const slots: Slot[] = [];
  const rows = Math.floor((2 * outer.ry - 2 * padding) / lineHeight);
  const top = -((rows - 1) * lineHeight) / 2;
  for (let row = 0; row < rows; row += 1) {
    const y = top + row * lineHeight;
    // The line's far edge is where the outer ring is narrowest; its near edge where the inner is widest.
    const far = Math.abs(y) + half;
    const near = Math.max(0, Math.abs(y) - half);
    const outerHalf = halfWidthAt(outer, far) - padding;
    const innerHalf = inner ? halfWidthAt(inner, near) : 0;
    if (innerHalf > 0) {
      const width = outerHalf - innerHalf - padding;
      if (width < minWidth) continue;
      const middle = innerHalf + padding + width / 2;
      slots.push({ x: -middle, y, width }, { x: middle, y, width });
    } else if (2 * outerHalf >= minWidth) {
      slots.push({ x: 0, y, width: 2 * outerHalf });
    }
  }
  return slots;
}

export interface PlacedText {
  text: string;
  slot: Slot;
}

/**
 * Put each text in a slot, in order. When there are more texts than slots, the last slot says
 * how many more there are instead.
 */
export function placeTexts(
  texts: readonly string[],
  slots: readonly Slot[],
  fontSize: number,
): { placed: PlacedText[]; hidden: number } {
  const fits = texts.length <= slots.length;
  const shown = fits ? texts.length : Math.max(0, slots.length - 1);
  const placed = texts.slice(0, shown).flatMap((text, index) => {
    const slot = slots[index];
    return slot ? [{ text: truncate(text, charsThatFit(slot.width, fontSize)), slot }] : [];
  });
  return { placed, hidden: texts.length - placed.length };
}
