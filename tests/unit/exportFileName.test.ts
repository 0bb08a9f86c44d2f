import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultFileName } from '../../src/main/export/fileName';

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
        expect(name.slice(0, -5)).not.toMatch(/[. ]$/);
      }),
    );
  });
});
