import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { richTextFromPlain } from '../../src/shared/richText';
import { buildDocument, type ExportRequest } from '../../src/main/export';
import { linkTarget } from '../../src/main/export/text';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import type { Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText, xmlProblems } from '../integration/support/docxParts';

const TODAY = '2026-11-26';
const book = generateSampleWorkbook({ clients: 2, seed: 'links', today: TODAY });
const client = book.clients[0] ?? missing('a client');

function missing(what: string): never {
  throw new Error(`The sample has no ${what}`);
}

async function partsOf(workbook: Workbook, request: ExportRequest): Promise<Map<string, string>> {
  const built = buildDocument(workbook, request, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  return docxParts(await Packer.toBuffer(built.value.doc));
}

/** Each clickable link of the document body: its text and where it leads. */
function links(parts: Map<string, string>): { text: string; target: string }[] {
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const targets = new Map(
    [...rels.matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => {
      const attrs = m[1] ?? '';
      const id = /Id="([^"]+)"/.exec(attrs)?.[1] ?? '';
      const external = attrs.includes('TargetMode="External"');
      const target = (/Target="([^"]+)"/.exec(attrs)?.[1] ?? '').replace(/&amp;/g, '&');
      return [id, external ? target : ''];
    }),
  );
  const xml = part(parts, 'word/document.xml');
  return [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map(
    (m) => ({ text: wordText(m[2] ?? ''), target: targets.get(m[1] ?? '') ?? '' }),
  );
}

describe('addresses become links', () => {
  it("the agreement's e-mail and web addresses open mail and the browser", async () => {
    const workbook = structuredClone(book);
    workbook.practice.email = 'coach@lanternfield.example';
    workbook.practice.website = 'www.lanternfield.example/coaching';
    // A sent or signed agreement names the coach's e-mail as it was then: let it follow again.
    const current = agreementSeries(workbook.worksheets, client.id)[0]?.current;
    if (current) delete current.mergeValues.coachEmail;
    const parts = await partsOf(workbook, { document: 'agreement', clientId: client.id });
    const found = links(parts);
    expect(found).toContainEqual({
      text: 'coach@lanternfield.example',
      target: 'mailto:coach@lanternfield.example',
    });
    expect(found).toContainEqual({
      text: 'www.lanternfield.example/coaching',
      target: 'https://www.lanternfield.example/coaching',
    });
    if (client.email.trim() !== '') {
      expect(found).toContainEqual({ text: client.email, target: `mailto:${client.email}` });
    }
    // Shown in Word's Hyperlink style (blue, underlined), which the styles define.
    expect(part(parts, 'word/document.xml')).toContain('<w:rStyle w:val="Hyperlink"/>');
    expect(part(parts, 'word/styles.xml')).toContain('w:styleId="Hyperlink"');
  });

  it('in what the coach wrote, leaving the sentence around them as it was', async () => {
    const workbook = structuredClone(book);
    const current = agreementSeries(workbook.worksheets, client.id)[0]?.current;
    const clause = current?.clauses[0] ?? missing('agreement clause');
    clause.body = richTextFromPlain(
      'Book at https://cal.example/jo?x=1&y=2. Or write to jo.smith@example.org, or see\n' +
        '(www.example.org/faq) — no link for a plain word like www or user@localhost.',
    );
    const parts = await partsOf(workbook, { document: 'agreement', clientId: client.id });
    const found = links(parts);
    expect(found).toContainEqual({
      text: 'https://cal.example/jo?x=1&y=2',
      target: 'https://cal.example/jo?x=1&y=2',
    });
    expect(found).toContainEqual({
      text: 'jo.smith@example.org',
      target: 'mailto:jo.smith@example.org',
    });
    expect(found).toContainEqual({
      text: 'www.example.org/faq',
      target: 'https://www.example.org/faq',
    });
    expect(found.some((l) => l.text.includes('localhost'))).toBe(false);
    const text = wordText(part(parts, 'word/document.xml'));
    expect(text).toContain('Book at https://cal.example/jo?x=1&y=2. Or write to jo.smith@');
    expect(text).toContain('(www.example.org/faq) — no link');
    for (const [path, xml] of parts) expect(xmlProblems(xml), path).toEqual([]);
  });

  it('finds addresses in one pass, however long the text and whatever it looks like', async () => {
    const workbook = structuredClone(book);
    const current = agreementSeries(workbook.worksheets, client.id)[0]?.current;
    const clause = current?.clauses[0] ?? missing('agreement clause');
    clause.body = richTextFromPlain(
      [
        'a'.repeat(50_000),
        `https://${'.'.repeat(50_000)}x`,
        `a@${'-'.repeat(50_000)}a`,
        'a@'.repeat(25_000),
        'me@www.example.org, a@b.org@c.org',
      ].join('\n'),
    );
    const started = performance.now();
    const found = links(await partsOf(workbook, { document: 'agreement', clientId: client.id }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toContainEqual({
      text: 'me@www.example.org',
      target: 'mailto:me@www.example.org',
    });
    expect(found).toContainEqual({ text: 'a@b.org', target: 'mailto:a@b.org' });
  });

  it('writes targets a URI can hold: other characters percent-encoded', () => {
    expect(linkTarget('https://example.org/café?q=a b')).toBe(
      'https://example.org/caf%C3%A9?q=a%20b',
    );
    expect(linkTarget('www.example.org')).toBe('https://www.example.org');
    expect(linkTarget('jo@example.org')).toBe('mailto:jo@example.org');
  });
});
