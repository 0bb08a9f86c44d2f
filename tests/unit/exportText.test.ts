import { Document, Packer, type Paragraph } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanText,
  isRightToLeft,
  splitLines,
  textBlocks,
} from '../../src/main/export/text';
import {
  docxParts,
  part,
  wordText as wordTextOf,
  xmlProblems,
} from '../integration/support/docxParts';

async function bodyXml(children: Paragraph[]): Promise<string> {
  const doc = new Document({ sections: [{ children }] });
  return part(docxParts(await Packer.toBuffer(doc)), 'word/document.xml');
}

describe('cleanText', () => {
  it('drops characters XML forbids and keeps tabs, line breaks, emoji and other scripts', () => {
    expect(cleanText('a\u0000b\u0001c\u000bd\u001fe\ufffef\uffffg')).toBe('abcdefg');
    expect(cleanText('lone \ud800high, lone \udc00low')).toBe('lone high, lone low');
    expect(cleanText('tab\there\nnew\r\nline')).toBe('tab\there\nnew\r\nline');
    expect(cleanText('😀 👩🏽‍💼 שלום مرحبا 漢字')).toBe('😀 👩🏽‍💼 שלום مرحبا 漢字');
  });

  it('leaves only XML-legal characters, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), (units) => {
        const cleaned = cleanText(String.fromCharCode(...units));
        expect(cleaned).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
      }),
    );
  });

  it('never loses an allowed character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(cleanText(text)).toBe(
          // eslint-disable-next-line no-control-regex -- control characters are what is tested
          text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''),
        );
      }),
    );
  });
});

describe('lines and direction', () => {
  it('splits on every kind of line ending', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(cleanLine('a\nb\tc')).toBe('a b c');
  });

  it('reads the direction from the first strong letter', () => {
    expect(isRightToLeft('שלום world')).toBe(true);
    expect(isRightToLeft('123 مرحبا')).toBe(true);
    expect(isRightToLeft('Hello שלום')).toBe(false);
    expect(isRightToLeft('2026 😀')).toBe(false);
  });
});

describe('textBlocks', () => {
  it('makes each line a paragraph and bullet lines a bulleted list, never a line break', async () => {
    const xml = await bodyXml(textBlocks('first\nsecond\n\nthird\n- one\n• two'));
    expect(xml).not.toContain('<w:br/>');
    expect(xml.match(/<w:p>|<w:p /g)?.length).toBe(5);
    expect(xml.match(/<w:numPr>/g)?.length).toBe(2);
    expect(xml).toContain('>one<');
    expect(xml).not.toContain('- one');
  });

  it('numbers lines typed with numbers as a Word list that starts again at 1 after other text', async () => {
    const doc = new Document({
      sections: [{ children: textBlocks('Steps:\n1. ask\n\n2) listen\nThen:\n1. act') }],
    });
    const parts = docxParts(await Packer.toBuffer(doc));
    const xml = part(parts, 'word/document.xml');
    const numbering = part(parts, 'word/numbering.xml');
    expect(xml.match(/<w:numPr>/g)?.length).toBe(3);
    expect(xml).toContain('>ask<');
    expect(xml).not.toContain('1. ask');
    expect(numbering).toContain('w:val="decimal"');
    // The two lists are numbered apart: the second one's item is on a list of its own.
    const ids = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    // A line that leads into a list stays on the page with it.
    expect(xml.match(/<w:keepNext\/>/g)?.length).toBe(2);
  });

  it('starts a list at the number typed, and carries a list on after a note in between', async () => {
    const xml = await bodyXml(
      textBlocks('5. Only the fifth\nThen:\n1. First\na note\n2. Second\n3. Third'),
    );
    const doc = new Document({
      sections: [{ children: textBlocks('5. Only the fifth\n1. First\na note\n2. Second') }],
    });
    const numbering = part(docxParts(await Packer.toBuffer(doc)), 'word/numbering.xml');
    expect(numbering).toContain('<w:start w:val="5"/>');
    const ids = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    // "1. First" starts a list of its own; "2. Second" and "3. Third" carry it on.
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[2]).toBe(ids[1]);
    expect(ids[3]).toBe(ids[1]);
  });

  it('keeps a quote after a link a closing quote', async () => {
    const xml = await bodyXml(textBlocks('He said "write to a@b.org" and left'));
    expect(wordTextOf(xml)).toContain('He said “write to a@b.org” and left');
  });

  it('turns typewriter quotes into typographer’s quotes and keeps lone lines off page edges', async () => {
    const xml = await bodyXml(textBlocks(`The coach's "first" session ('intake')`));
    expect(xml).toContain('The coach’s “first” session (‘intake’)');
    expect(xml).toContain('<w:widowControl/>');
  });

  it('marks right-to-left paragraphs and runs', async () => {
    const xml = await bodyXml(textBlocks('שלום עולם'));
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
  });

  it('writes tabs as Word tabs and forbidden characters not at all', async () => {
    const xml = await bodyXml(textBlocks('a\tb\u0000c\ud800'));
    expect(xml).toContain('<w:tab/>');
    expect(xmlProblems(xml)).toEqual([]);
  });

  it('shows a placeholder for empty text, in grey italics', async () => {
    const xml = await bodyXml(textBlocks('  \n ', {}, 'Nothing yet.'));
    expect(xml).toContain('Nothing yet.');
    expect(xml).toContain('<w:i/>');
  });
});
