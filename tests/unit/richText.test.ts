import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import { agreementText } from '../../src/shared/domain/agreementText';
import {
  MERGE_BLANK,
  fillRichText,
  richText,
  richTextFields,
  richTextFromPlain,
  richTextToPlain,
  type RichBlock,
  type RichListItem,
  type RichParagraph,
  type RichText,
} from '../../src/shared/richText';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const para = (text: string): RichParagraph => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('the stored rich text', () => {
  it('accepts paragraphs, nested lists, marks, links and merge fields', () => {
    const value = doc(
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Dear ', marks: [{ type: 'bold' }] },
          { type: 'mergeField', attrs: { key: 'clientName' }, marks: [{ type: 'italic' }] },
          { type: 'hardBreak' },
          {
            type: 'text',
            text: 'site',
            marks: [{ type: 'link', attrs: { href: 'https://a.org' } }],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          {
            type: 'listItem',
            content: [
              para('a'),
              { type: 'bulletList', content: [{ type: 'listItem', content: [para('b')] }] },
            ],
          },
        ],
      },
    );
    expect(richText.safeParse(value).error?.issues ?? []).toEqual([]);
  });

  it.each([
    [
      'a script link',
      doc({
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'x',
            marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
          },
        ],
      }),
    ],
    [
      'an unknown merge field',
      doc({ type: 'paragraph', content: [{ type: 'mergeField', attrs: { key: 'clientNmae' } }] }),
    ],
    ['a heading the editor does not offer', doc({ type: 'heading', content: [] })],
    ['an empty text piece', doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] })],
    [
      'an attribute the schema does not have',
      doc({ type: 'paragraph', attrs: { textAlign: 'left' } }),
    ],
    ['an empty list', doc({ type: 'bulletList', content: [] })],
    ['lists nested five deep', doc(nested(5))],
    ['more than 100,000 characters', doc(para('x'.repeat(60_000)), para('y'.repeat(60_000)))],
  ])('refuses %s', (_, value) => {
    expect(richText.safeParse(value).success).toBe(false);
  });

  it('reads plain text back as it was typed, fields and all', () => {
    const typed = 'Intro for {{clientName}}:\n• one\n• two {{fee}}\n7. seven\n8. eight\nThe end';
    const rich = richTextFromPlain(typed);
    expect(richText.safeParse(rich).success).toBe(true);
    expect(richTextToPlain(rich)).toBe(typed);
    expect(richTextFields(rich)).toEqual(['clientName', 'fee']);
  });

  it('fills fields with their values, keeps their marks, and leaves a blank where one is missing', () => {
    const rich: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mergeField', attrs: { key: 'fee' }, marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and ' },
            { type: 'mergeField', attrs: { key: 'responseTime' } },
          ],
        },
      ],
    };
    const filled = fillRichText(rich, { fee: '£90' });
    expect(filled.missing).toEqual(['responseTime']);
    expect(filled.doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '£90', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: MERGE_BLANK },
      ],
    });
  });
});

function nested(depth: number): unknown {
  return depth === 0
    ? para('deep')
    : {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [para('x'), nested(depth - 1)].filter(Boolean) }],
      };
}

describe('a rich clause in Word', () => {
  const TODAY = '2026-11-26';
  const book = generateSampleWorkbook({ clients: 1, seed: 'rich-clause', today: TODAY });
  const clientId = book.clients[0]?.id ?? '';

  it('is real Word paragraphs and lists, bold and links kept, fields filled', async () => {
    const workbook = structuredClone(book);
    const sheet = agreementSeries(workbook.worksheets, clientId)[0]?.current;
    const clause = sheet?.clauses[0];
    if (!clause) throw new Error('the sample client has an agreement');
    clause.body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Fees for ' },
            { type: 'mergeField', attrs: { key: 'clientName' } },
            { type: 'text', text: ' are firm', marks: [{ type: 'bold' }] },
            { type: 'text', text: ':' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 4 },
          content: [
            { type: 'listItem', content: [para('Fourth point')] },
            {
              type: 'listItem',
              content: [
                para('Fifth point'),
                {
                  type: 'bulletList',
                  content: [{ type: 'listItem', content: [para('A detail')] }],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'our terms',
              marks: [{ type: 'link', attrs: { href: 'https://terms.example.org' } }],
            },
          ],
        },
      ],
    };
    const built = buildDocument(workbook, { document: 'agreement', clientId }, { today: TODAY });
    if (!built.ok) throw new Error(built.error.message);
    const parts = docxParts(await Packer.toBuffer(built.value.doc));
    const xml = part(parts, 'word/document.xml');
    const text = wordText(xml);
    const name = workbook.clients[0]?.name ?? '';
    expect(text).toContain(`Fees for ${name} are firm:`);
    expect(text).not.toMatch(/\{\{|clientName/);
    // A numbered list from 4 and a bullet nested one level down, as Word lists.
    expect(xml).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(part(parts, 'word/numbering.xml')).toContain('<w:start w:val="4"/>');
    expect(xml).toContain('<w:b/>');
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain('https://terms.example.org');
  });

  it('numbers a list with a numbered list inside it as two lists, each from its own start', async () => {
    const workbook = structuredClone(book);
    const sheet = agreementSeries(workbook.worksheets, clientId)[0]?.current;
    const clause = sheet?.clauses[0];
    if (!clause) throw new Error('the sample client has an agreement');
    const item = (...content: RichBlock[]): RichListItem => ({ type: 'listItem', content });
    clause.body = {
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          content: [
            item(para('First'), {
              type: 'orderedList',
              attrs: { start: 3 },
              content: [item(para('Sub three')), item(para('Sub four'))],
            }),
            item(para('Second')),
          ],
        },
      ],
    };
    const built = buildDocument(workbook, { document: 'agreement', clientId }, { today: TODAY });
    if (!built.ok) throw new Error(built.error.message);
    const parts = docxParts(await Packer.toBuffer(built.value.doc));
    const xml = part(parts, 'word/document.xml');
    const numIdOf = (text: string): string => {
      const paragraph = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs)]
        .map((m) => m[0])
        .find((p) => p.includes(`>${text}<`));
      return /<w:numId w:val="(\d+)"\/>/.exec(paragraph ?? '')?.[1] ?? 'none';
    };
    // The outer list is one list before and after the inner one, which is a list of its own.
    expect(numIdOf('First')).not.toBe('none');
    expect(numIdOf('Second')).toBe(numIdOf('First'));
    expect(numIdOf('Sub three')).not.toBe(numIdOf('First'));
    expect(numIdOf('Sub four')).toBe(numIdOf('Sub three'));
    // The inner list counts from 3 at its own level.
    expect(part(parts, 'word/numbering.xml')).toMatch(
      /<w:lvl w:ilvl="1"[^>]*>\s*<w:start w:val="3"\/>/,
    );
  });

  it('gives the same agreement the same text, and a changed word a different one', () => {
    const sheet = agreementSeries(book.worksheets, clientId)[0]?.current;
    const client = book.clients[0];
    if (!sheet || !client) throw new Error('the sample client has an agreement');
    const text = agreementText(sheet, client, book.practice, book.agreementTemplate);
    expect(text).toBe(
      agreementText(structuredClone(sheet), client, book.practice, book.agreementTemplate),
    );
    expect(text).toContain(`Between ${client.name}`);
    expect(text).toContain('1. Who this agreement is between');
    expect(text).not.toMatch(/\{\{/);
    const edited = structuredClone(sheet);
    edited.title = `${edited.title}!`;
    expect(agreementText(edited, client, book.practice, book.agreementTemplate)).not.toBe(text);
    // Where a link leads is part of the text: the same words to another address differ.
    const linked = (href: string) => {
      const copy = structuredClone(sheet);
      const first = copy.clauses[0];
      if (first) {
        first.body = {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'our terms', marks: [{ type: 'link', attrs: { href } }] },
              ],
            },
          ],
        };
      }
      return agreementText(copy, client, book.practice, book.agreementTemplate);
    };
    expect(linked('https://a.example/terms')).toContain('our terms <https://a.example/terms>');
    // A link partly in bold is two pieces, and its address is written once, after both.
    const bold = structuredClone(sheet);
    const firstClause = bold.clauses[0];
    if (firstClause) {
      const link = { type: 'link' as const, attrs: { href: 'https://a.example/terms' } };
      firstClause.body = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'our ', marks: [link] },
              { type: 'text', text: 'terms', marks: [link, { type: 'bold' }] },
            ],
          },
        ],
      };
    }
    expect(agreementText(bold, client, book.practice, book.agreementTemplate)).toContain(
      'our terms <https://a.example/terms>',
    );
    expect(linked('https://a.example/terms')).not.toBe(linked('https://b.example/terms'));
  });
});
