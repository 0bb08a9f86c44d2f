import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultFileName, MAX_NAME_BYTES } from '../../src/main/export/fileName';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** Whether the text survives UTF-8 (a lone half of a surrogate pair does not). */
const wellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text;

describe('defaultFileName', () => {
  it('puts the date, the client, the title and the version together', () => {
    expect(
      defaultFileName({
        date: '2026-11-23',
        clientName: 'Jane Doe',
        title: 'Coaching Agreement',
        version: 2,
      }),
    ).toBe('2026-11-23 Jane Doe - Coaching Agreement v2.docx');
  });

  it('leaves out what is not there', () => {
    expect(defaultFileName({ date: '2026-11-23', title: 'Practice Summary' })).toBe(
      '2026-11-23 Practice Summary.docx',
    );
    expect(defaultFileName({ date: '2026-11-23', clientName: 'Jane', title: '  ' })).toBe(
      '2026-11-23 Jane - Document.docx',
    );
  });

  it('replaces characters Windows and macOS refuse, and line breaks', () => {
    expect(
      defaultFileName({
        date: '2026-11-23',
        clientName: 'A/B: "C" <D>|E?*\\F\nG\u0000',
        title: 'Plan.',
      }),
    ).toBe('2026-11-23 A-B- -C- -D--E---F G - Plan.docx');
  });

  it('is always a safe, bounded name ending in .docx', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (client, title) => {
        const name = defaultFileName({ date: '2026-11-23', clientName: client, title });
        expect(name.endsWith('.docx')).toBe(true);
        // eslint-disable-next-line no-control-regex -- control characters are what is tested
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001F]/);
        expect(Array.from(name).length).toBeLessThanOrEqual(160);
        expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(wellFormed(name)).toBe(true);
        expect(name.slice(0, -5)).not.toMatch(/[. ]$/);
      }),
    );
  });

  it('counts bytes, not characters: a long CJK, accented and emoji name stays within 255', () => {
    const clientName = '山田 花子 Zoë Ångström-Núñez 👩🏽‍💼🇯🇵 '.repeat(30);
    const name = defaultFileName({ date: '2026-11-23', clientName, title: 'Coaching Agreement' });
    expect(name.startsWith('2026-11-23 山田 花子 Zoë Ångström-Núñez 👩🏽‍💼🇯🇵 山田')).toBe(true);
    expect(name.endsWith('.docx')).toBe(true);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    // Room left for " (999)" when the name is taken: still a name any file system accepts.
    expect(bytes(name.replace(/\.docx$/, ' (999).docx'))).toBeLessThanOrEqual(255);
    // As long as it can be: one more whole grapheme would not fit.
    expect(bytes(name)).toBeGreaterThan(MAX_NAME_BYTES - 20);
    expect(wellFormed(name)).toBe(true);
  });

  it.each([
    ['emoji (surrogate pairs)', '😀', '😀'],
    ['a family (one grapheme of seven code points)', '👨‍👩‍👧‍👦', '👨‍👩‍👧‍👦'],
    ['a flag (two regional indicators)', '🇫🇷', '🇫🇷'],
    ['a letter with a combining accent', 'e\u0301', '\u0301'],
    ['CJK', '漢', '漢'],
  ])('never cuts %s in half', (_what, unit, ending) => {
    for (let extra = 0; extra < 4; extra++) {
      // Shift where the limit falls, so that it lands inside the grapheme at least once.
      const clientName = 'x'.repeat(extra) + unit.repeat(200);
      const name = defaultFileName({ date: '2026-11-23', clientName, title: 'Plan' });
      const stem = name.slice(0, -'.docx'.length);
      expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(wellFormed(name)).toBe(true);
      expect(stem.endsWith(ending)).toBe(true);
      expect(
        stem
          .slice(`2026-11-23 ${'x'.repeat(extra)}`.length)
          .split(unit)
          .join(''),
      ).toBe('');
    }
  });

  it('keeps short ASCII names as they were (at most 150 characters)', () => {
    const name = defaultFileName({ date: '2026-11-23', clientName: 'a'.repeat(300), title: 'T' });
    expect(name).toBe(`2026-11-23 ${'a'.repeat(139)}.docx`);
  });
});
