import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bulletedLines,
  fitLine,
  truncate,
  wrapLines,
  type Fits,
} from '../../src/shared/drawing/textFit';

/** Room for `n` characters: the drawing measures real text, the tests count characters. */
const chars =
  (n: number): Fits =>
  (line) =>
    line.length <= n;

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
    const lines = wrapLines('If I push back the hotel may feel I am being difficult', chars(20), 5);
    expect(lines).toEqual(['If I push back the', 'hotel may feel I am', 'being difficult']);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', chars(10), 2);
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
          const lines = wrapLines(text, chars(maxChars), maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(maxChars);
        },
      ),
    );
  });
});

describe('fitLine', () => {
  it('keeps as much of the text as the room allows', () => {
    expect(fitLine('Serve hotel guests exactly as the contract says', chars(30))).toBe(
      'Serve hotel guests exactly as…',
    );
    expect(fitLine('Short', chars(30))).toBe('Short');
  });
});

describe('bulletedLines', () => {
  it('wraps each item under its bullet, second lines indented', () => {
    const lines = bulletedLines(
      ['Reliable quality and a quick grasp of their field'],
      chars(24),
      8,
      3,
    );
    expect(lines.map((line) => line.text)).toEqual([
      '• Reliable quality and a',
      'quick grasp of their',
      'field',
    ]);
    expect(lines.map((line) => line.indent)).toEqual([false, true, true]);
  });

  it('gives each item fewer lines when they do not all fit, then counts the rest', () => {
    const items = Array.from({ length: 6 }, (_, i) => `Item ${i} with a few words more`);
    const oneEach = bulletedLines(items, chars(16), 6, 3);
    expect(oneEach).toHaveLength(6);
    expect(oneEach.every((line) => line.text.startsWith('• '))).toBe(true);
    const counted = bulletedLines(items, chars(16), 4, 3);
    expect(counted.map((line) => line.text).at(-1)).toBe('+ 3 more');
    expect(counted.at(-1)?.more).toBe(true);
    expect(counted).toHaveLength(4);
  });

  it('never returns more lines than allowed, and leaves out empty items', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 60 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 12 }),
        (items, maxLines) => {
          const lines = bulletedLines(items, chars(18), maxLines, 2);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          if (items.every((item) => item.trim() === '')) expect(lines).toEqual([]);
        },
      ),
    );
  });
});
