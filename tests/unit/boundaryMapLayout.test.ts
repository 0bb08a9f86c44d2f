import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RINGS,
  placeTexts,
  ringSlots,
  truncate,
  wrapLines,
  type Ellipse,
  type Slot,
} from '../../src/renderer/src/editors/boundaryMap/mapLayout';

const OPTIONS = { lineHeight: 18, padding: 10, minWidth: 92 };

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

describe('truncate', () => {
  it('leaves short text alone and squeezes runs of spaces and line breaks', () => {
    expect(truncate('  Serve   hotel\nguests ', 40)).toBe('Serve hotel guests');
  });

  it('cuts long text at a word and ends it with an ellipsis, within the limit', () => {
    const cut = truncate('Keep rooms empty just in case a hotel guest turns up', 24);
    expect(cut).toBe('Keep rooms empty just…');
    expect(cut.length).toBeLessThanOrEqual(24);
  });

  it('never returns more characters than allowed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('wrapLines', () => {
  it('breaks a paragraph into lines that fit, keeping every word when there is room', () => {
    const lines = wrapLines('If I push back the hotel may feel I am being difficult', 20, 5);
    expect(lines).toEqual(['If I push back the', 'hotel may feel I am', 'being difficult']);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('respects the width and the number of lines for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.integer({ min: 4, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (text, maxChars, maxLines) => {
          const lines = wrapLines(text, maxChars, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(maxChars);
        },
      ),
    );
  });
});

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

  it('lists slots in reading order, top to bottom and left to right', () => {
    const slots = ringSlots(RINGS.negotiable, RINGS.willing, OPTIONS);
    const sorted = [...slots].sort((a, b) => a.y - b.y || a.x - b.x);
    expect(slots).toEqual(sorted);
  });
});

describe('placeTexts', () => {
  const slots = ringSlots(RINGS.willing, null, OPTIONS);

  it('places every item when there is room', () => {
    const { placed, hidden } = placeTexts(['One', 'Two'], slots, 13);
    expect(placed.map((p) => p.text)).toEqual(['One', 'Two']);
    expect(hidden).toBe(0);
  });

  it('keeps the last slot free to say how many more there are', () => {
    const texts = Array.from({ length: slots.length + 5 }, (_, i) => `Item ${i + 1}`);
    const { placed, hidden } = placeTexts(texts, slots, 13);
    expect(placed).toHaveLength(slots.length - 1);
    expect(hidden).toBe(6);
  });
});
