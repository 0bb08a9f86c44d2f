/**
 * Geometry for the drawn boundary map: where item texts fit inside the three rings. Pure
 * functions, shared by the app's drawing and the picture in exported documents.
 */
import { fitLine, type Fits } from './textFit';

/** An ellipse centred on the map's middle. */
export interface Ellipse {
  rx: number;
  ry: number;
}

/** Ring sizes, outermost first; the map is wider than tall, so the rings are too. */
export const RINGS = {
  willNot: { rx: 306, ry: 280 },
  negotiable: { rx: 226, ry: 194 },
  willing: { rx: 136, ry: 104 },
} satisfies Record<string, Ellipse>;

/** Room for one line of text: centred on (x, y), at most `width` wide. */
export interface Slot {
  x: number;
  y: number;
  width: number;
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
 * when `inner` is null), top to bottom. In a band, lines stack outwards from the inner ring's
 * top and bottom; lines squeezed beside the inner ring would be too short to read.
 */
export function ringSlots(outer: Ellipse, inner: Ellipse | null, options: SlotOptions): Slot[] {
  const { lineHeight, padding, minWidth } = options;
  const half = lineHeight / 2;
  // A line's far edge is where the outer ring is narrowest.
  const slotAt = (y: number): Slot | null => {
    const width = 2 * (halfWidthAt(outer, Math.abs(y) + half) - padding);
    return width >= minWidth ? { x: 0, y, width } : null;
  };
  const slots: Slot[] = [];
  if (inner) {
    for (let y = inner.ry + padding / 2 + half; y + half <= outer.ry; y += lineHeight) {
      const below = slotAt(y);
      if (!below) break;
      slots.push({ ...below, y: -y }, below);
    }
  } else {
    const rows = Math.floor((2 * outer.ry - 2 * padding) / lineHeight);
    const top = -((rows - 1) * lineHeight) / 2;
    for (let row = 0; row < rows; row += 1) {
      const slot = slotAt(top + row * lineHeight);
      if (slot) slots.push(slot);
    }
  }
  return slots.sort((a, b) => a.y - b.y);
}

export interface RingLayout {
  /** Where the ring's name goes. */
  label: Slot | null;
  /** Each shown item and where it goes, in list order. */
  placed: { text: string; full: string; slot: Slot }[];
  /** "+ N more" when not every item fits. */
  more: { count: number; slot: Slot } | null;
  /** Where "nothing here yet" goes when the ring is empty. */
  empty: Slot | null;
}

/** Slots nearest the centre are the widest: use those, but keep them in top-to-bottom order. */
function nearestCentre(slots: readonly Slot[], count: number): Slot[] {
  return [...slots]
    .sort((a, b) => Math.abs(a.y) - Math.abs(b.y))
    .slice(0, count)
    .sort((a, b) => a.y - b.y);
}

/**
 * Where a ring's label and items go. In a band, items are shared between the part above the
 * centre and the part below, each using its widest lines. In the innermost ring the label and
 * items sit as one block in the middle.
 */
export function layoutRing(
  texts: readonly string[],
  slots: readonly Slot[],
  filled: boolean,
  fitsIn: (slot: Slot) => Fits,
): RingLayout {
  const place = (itemSlots: readonly Slot[]) =>
    itemSlots.flatMap((slot, index) => {
      const full = texts[index];
      return full === undefined ? [] : [{ text: fitLine(full, fitsIn(slot)), full, slot }];
    });

  if (filled) {
    const capacity = slots.length - 1;
    const shown = texts.length <= capacity ? texts.length : capacity - 1;
    const lines = 1 + Math.max(shown, 1) + (shown < texts.length ? 1 : 0);
    const start = Math.max(0, Math.floor((slots.length - lines) / 2));
    const block = slots.slice(start, start + lines);
    const itemSlots = block.slice(1, 1 + shown);
    const moreSlot = block[1 + shown];
    return {
      label: block[0] ?? null,
      placed: place(itemSlots),
      more:
        shown < texts.length && moreSlot ? { count: texts.length - shown, slot: moreSlot } : null,
      empty: texts.length === 0 ? (block[1] ?? null) : null,
    };
  }

  const above = slots.filter((slot) => slot.y < 0);
  const below = slots.filter((slot) => slot.y > 0);
  const topRoom = Math.max(0, above.length - 1);
  const capacity = topRoom + below.length;
  const shown = texts.length <= capacity ? texts.length : capacity - 1;
  const onTop = Math.min(topRoom, Math.ceil(shown / 2));
  const onBottom = shown - onTop;
  const hidden = texts.length - shown;
  // Items take the widest lines above the centre; the label sits just above them.
  const firstTop = Math.max(1, above.length - Math.max(onTop, 1));
  const topSlots = above.slice(firstTop).slice(0, onTop);
  const label = above[firstTop - 1] ?? null;
  const bottomSlots = nearestCentre(below, onBottom + (hidden > 0 ? 1 : 0));
  const moreSlot = hidden > 0 ? bottomSlots.pop() : undefined;
  return {
    label,
    placed: place([...topSlots, ...bottomSlots]),
    more: moreSlot ? { count: hidden, slot: moreSlot } : null,
    empty: texts.length === 0 ? (above[firstTop] ?? null) : null,
  };
}
