import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boundaryMapGeometry,
  describeBoundaryMap,
  type BoundaryMapGeometry,
  type MapText,
} from '../../src/shared/drawing/boundaryMapGeometry';
import { RINGS, type Ellipse } from '../../src/shared/drawing/mapLayout';
import { emptyWorksheet } from '../../src/shared/kinds';
import type { BoundaryMapWorksheet } from '../../src/shared/schema';

/** Text a little wider than Arial on average: what the tests measure with. */
const measure = (text: string, size: number, weight: number): number =>
  text.length * size * (weight >= 600 ? 0.6 : 0.55);

function emptyMap(): BoundaryMapWorksheet {
  const sheet = emptyWorksheet('boundaryMap', 'c1', { id: 'm1', now: '2026-01-05T09:00:00.000Z' });
  return sheet;
}

const items = (texts: readonly string[]) => texts.map((text, i) => ({ id: `i${i}`, text }));

function mapWith(parts: {
  willing?: string[];
  negotiable?: string[];
  willNot?: string[];
  iBring?: string[];
  theyBring?: string[];
  cost?: string;
}): BoundaryMapWorksheet {
  const sheet = emptyMap();
  const cost = parts.cost ?? '';
  return {
    ...sheet,
    boundaries: {
      willing: items(parts.willing ?? []),
      negotiable: (parts.negotiable ?? []).map((text, i) => ({
        id: `n${i}`,
        text,
        conditions: '',
      })),
      willNot: items(parts.willNot ?? []),
    },
    cost: { ofActing: cost, ofNotActing: cost, ofKeeping: cost, ofLosing: cost },
    power: {
      ...sheet.power,
      holder: 'me',
      iBring: items(parts.iBring ?? []),
      theyBring: items(parts.theyBring ?? []),
    },
  };
}

const long = (i: number) =>
  `Item ${i}: a rather long boundary that cannot possibly fit on one line of the outer ring`;

function inside(ellipse: Ellipse, x: number, y: number): boolean {
  return (x / ellipse.rx) ** 2 + (y / ellipse.ry) ** 2 <= 1.0001;
}

/** The texts of a ring, with the height of one of its lines. */
function ringLines(map: BoundaryMapGeometry, index: number): MapText[] {
  const ring = map.rings[index];
  if (!ring) throw new Error(`no ring ${index}`);
  return [ring.label, ...ring.items, ring.empty, ring.more].filter((t): t is MapText => t !== null);
}

/** Every line of every ring lies in its own band, and no two lines of a ring overlap. */
function expectRingsTidy(map: BoundaryMapGeometry, scale: number): void {
  const lineHeight = 18 * scale;
  map.rings.forEach((ring, index) => {
    const inner = map.rings[index + 1]?.ellipse ?? null;
    const lines = ringLines(map, index);
    for (const line of lines.filter((l) => l !== ring.label)) {
      const half = measure(line.text, line.fontSize, 500) / 2;
      for (const dy of [-lineHeight / 2, lineHeight / 2]) {
        expect(inside(ring.ellipse, line.x - half, line.y + dy), line.text).toBe(true);
        expect(inside(ring.ellipse, line.x + half, line.y + dy), line.text).toBe(true);
      }
      if (inner) expect(Math.abs(line.y) - lineHeight / 2).toBeGreaterThanOrEqual(inner.ry - 0.01);
    }
    const ys = lines.map((line) => line.y).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => {
      expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(lineHeight - 0.01);
    });
  });
}

/** Every callout's lines stay inside its box, below its title. */
function expectCalloutsTidy(map: BoundaryMapGeometry, scale: number): void {
  for (const callout of map.callouts) {
    const { box } = callout;
    const lines = [...callout.lines, ...(callout.empty ? [callout.empty] : [])];
    for (const line of lines) {
      expect(line.x + measure(line.text, line.fontSize, 400)).toBeLessThanOrEqual(
        box.x + box.width,
      );
      expect(line.y + (17 * scale) / 2).toBeLessThanOrEqual(box.y + box.height);
      expect(line.y).toBeGreaterThan(callout.title.y);
    }
  }
}

describe('boundaryMapGeometry', () => {
  it('puts every item of a small map in its ring, in list order', () => {
    const map = boundaryMapGeometry(
      mapWith({
        willing: ['Serve hotel guests'],
        negotiable: ['Keep rooms free'],
        willNot: ['Work nights'],
      }),
      measure,
    );
    expect(map.rings.map((ring) => ring.key)).toEqual(['willNot', 'negotiable', 'willing']);
    expect(map.rings.map((ring) => ring.items.map((item) => item.text))).toEqual([
      ['Work nights'],
      ['Keep rooms free'],
      ['Serve hotel guests'],
    ]);
    expect(map.rings.map((ring) => ring.label?.text)).toEqual([
      'WILL NOT · 1',
      'NEGOTIABLE · 1',
      'WILLING · 1',
    ]);
    expect(map.rings[0]?.ellipse).toEqual(RINGS.willNot);
  });

  it('says so in an empty ring and an empty box', () => {
    const map = boundaryMapGeometry(emptyMap(), measure);
    expect(map.rings.map((ring) => ring.empty?.text)).toEqual([
      'Nothing here yet',
      'Nothing here yet',
      'Nothing here yet',
    ]);
    expect(map.callouts.map((callout) => callout.empty?.text)).toEqual([
      'Not written yet',
      'Not written yet',
      'Nothing listed yet',
      'Nothing listed yet',
      'Not written yet',
      'Not written yet',
    ]);
  });

  it('shortens long items, keeping their full text, and counts those that do not fit', () => {
    const texts = Array.from({ length: 12 }, (_, i) => long(i));
    const map = boundaryMapGeometry(mapWith({ willNot: texts }), measure);
    const ring = map.rings[0];
    expect(ring?.items.length).toBeGreaterThan(2);
    for (const [index, item] of (ring?.items ?? []).entries()) {
      expect(item.text.endsWith('…')).toBe(true);
      expect(item.full).toBe(texts[index]);
    }
    expect(ring?.more?.text).toBe(`+ ${12 - (ring?.items.length ?? 0)} more`);
  });

  it('marks the side that holds the power and fills the decision pill', () => {
    const map = boundaryMapGeometry(mapWith({ iBring: ['Quality'] }), measure);
    expect(map.callouts.filter((c) => c.strong).map((c) => c.key)).toEqual(['iBring']);
    expect(map.decision.strong).toBe(true);
    expect(map.decision.muted).toBe(true); // not decided yet
    expect(map.power.text.text).toBe('Who holds the power: Mostly me');
  });

  it('prints text larger with fewer lines in the same rings and boxes', () => {
    const sheet = mapWith({
      willNot: Array.from({ length: 12 }, (_, i) => long(i)),
      iBring: Array.from({ length: 12 }, (_, i) => long(i)),
    });
    const screen = boundaryMapGeometry(sheet, measure);
    const print = boundaryMapGeometry(sheet, measure, { textScale: 1.3 });
    expect(print.rings[0]?.items[0]?.fontSize).toBeCloseTo(13 * 1.3);
    expect(print.rings[0]?.items.length).toBeLessThan(screen.rings[0]?.items.length ?? 0);
    expect(print.callouts[2]?.lines.length).toBeLessThanOrEqual(
      screen.callouts[2]?.lines.length ?? 0,
    );
    expect(print.decision.box.y + print.decision.box.height).toBeLessThanOrEqual(print.height);
  });

  it('never lets text overlap or leave its ring or box, at screen and print sizes', () => {
    const words = fc.array(fc.string({ minLength: 1, maxLength: 90 }), { maxLength: 14 });
    fc.assert(
      fc.property(
        fc.record({
          willing: words,
          negotiable: words,
          willNot: words,
          iBring: words,
          theyBring: words,
        }),
        fc.string({ maxLength: 400 }),
        fc.constantFrom(1, 1.3),
        (lists, cost, scale) => {
          const sheet = mapWith({ ...lists, cost });
          const map = boundaryMapGeometry(sheet, measure, { textScale: scale });
          expectRingsTidy(map, scale);
          expectCalloutsTidy(map, scale);
          // Every item is shown or counted.
          map.rings.forEach((ring) => {
            const count = sheet.boundaries[ring.key].length;
            const more = Number(/\d+/.exec(ring.more?.text ?? '0')?.[0]);
            expect(ring.items.length + more).toBe(count);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('describes the map in words for readers who cannot see it', () => {
    const sheet = mapWith({ willing: ['a', 'b'], willNot: ['c'] });
    expect(describeBoundaryMap(sheet)).toBe(
      'Three rings of boundaries (2 willing, 0 negotiable, 1 will not). Power: Mostly me. ' +
        'Decision: Not decided yet. The full map follows as text.',
    );
  });
});
