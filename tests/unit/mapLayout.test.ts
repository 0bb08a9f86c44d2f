import { describe, expect, it } from 'vitest';
import {
  RINGS,
  layoutRing,
  ringSlots,
  type Ellipse,
  type Slot,
} from '../../src/shared/drawing/mapLayout';
import type { Fits } from '../../src/shared/drawing/textFit';

const OPTIONS = { lineHeight: 18, padding: 10, minWidth: 120 };

/** Room for `n` characters: the drawing measures real text, the tests count characters. */
const chars =
  (n: number): Fits =>
  (line) =>
    line.length <= n;

function inside(ellipse: Ellipse, x: number, y: number): boolean {
  return (x / ellipse.rx) ** 2 + (y / ellipse.ry) ** 2 <= 1;
}

/** The four corners of the box a slot's line of text occupies. */
function corners(slot: Slot, lineHeight: number): [number, number][] {
  const left = slot.x - slot.width / 2;
  const right = slot.x + slot.width / 2;
  const top = slot.y - lineHeight / 2;
  const bottom = slot.y + lineHeight / 2;
  return [
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom],
  ];
}

describe('ringSlots', () => {
  const bands: [string, Ellipse, Ellipse | null][] = [
    ['will not', RINGS.willNot, RINGS.negotiable],
    ['negotiable', RINGS.negotiable, RINGS.willing],
    ['willing', RINGS.willing, null],
  ];

  it.each(bands)(
    'keeps every line of the %s ring inside its ring and off the ring inside it',
    (_, outer, inner) => {
      const slots = ringSlots(outer, inner, OPTIONS);
      expect(slots.length).toBeGreaterThanOrEqual(4);
      for (const slot of slots) {
        expect(slot.width).toBeGreaterThanOrEqual(OPTIONS.minWidth);
        for (const [x, y] of corners(slot, OPTIONS.lineHeight)) {
          expect(inside(outer, x, y)).toBe(true);
          if (inner) expect(inside(inner, x, y)).toBe(false);
        }
      }
    },
  );

  it('lists slots top to bottom', () => {
    const slots = ringSlots(RINGS.negotiable, RINGS.willing, OPTIONS);
    const sorted = [...slots].sort((a, b) => a.y - b.y || a.x - b.x);
    expect(slots).toEqual(sorted);
  });
});

describe('layoutRing', () => {
  const band = ringSlots(RINGS.negotiable, RINGS.willing, OPTIONS);
  const centre = ringSlots(RINGS.willing, null, OPTIONS);
  const texts = (n: number) => Array.from({ length: n }, (_, i) => `Item ${i + 1}`);
  const shownTexts = (layout: ReturnType<typeof layoutRing>) => layout.placed.map((p) => p.text);

  it('shows every item of a band, shared above and below the rings inside it', () => {
    const layout = layoutRing(texts(3), band, false, () => chars(40));
    expect(shownTexts(layout)).toEqual(['Item 1', 'Item 2', 'Item 3']);
    expect(layout.placed.filter((p) => p.slot.y < 0)).toHaveLength(2);
    expect(layout.placed.filter((p) => p.slot.y > 0)).toHaveLength(1);
    expect(layout.more).toBeNull();
    // The label sits above every item, and no two texts share a line.
    const ys = [layout.label?.y, ...layout.placed.map((p) => p.slot.y)];
    expect(new Set(ys).size).toBe(ys.length);
    expect(Math.min(...layout.placed.map((p) => p.slot.y))).toBeGreaterThan(layout.label?.y ?? 0);
  });

  it('says how many more there are when a band is full', () => {
    const layout = layoutRing(texts(30), band, false, () => chars(40));
    expect(layout.placed.length).toBe(band.length - 2);
    expect(layout.more?.count).toBe(30 - layout.placed.length);
  });

  it('centres the label and items of the innermost ring as one block', () => {
    const layout = layoutRing(texts(2), centre, true, () => chars(40));
    expect(shownTexts(layout)).toEqual(['Item 1', 'Item 2']);
    const first = layout.label?.y ?? 0;
    const last = layout.placed.at(-1)?.slot.y ?? 0;
    // As far above the centre as below it, give or take one line.
    expect(Math.abs(first + last)).toBeLessThanOrEqual(OPTIONS.lineHeight);
  });

  it('shortens a long item to its line and keeps the full text for the tooltip', () => {
    const long = 'Setting aside treatment rooms for hotel guests on agreed days';
    const [placed] = layoutRing([long], band, false, () => chars(24)).placed;
    expect(placed?.full).toBe(long);
    expect(placed?.text.endsWith('…')).toBe(true);
    expect(placed?.text.length).toBeLessThanOrEqual(24);
  });

  it('marks an empty ring as empty', () => {
    expect(layoutRing([], band, false, () => chars(40)).empty).not.toBeNull();
    expect(layoutRing([], centre, true, () => chars(40)).empty).not.toBeNull();
  });
});
