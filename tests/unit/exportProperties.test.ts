import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument, type ExportRequest } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { DOCUMENT_KINDS, type DocumentKind, type Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const TODAY = '2026-11-26';
const book = generateSampleWorkbook({ clients: 2, seed: 'properties', today: TODAY });
const client = book.clients[0] ?? missing('a client');

function missing(what: string): never {
  throw new Error(`The sample has no ${what}`);
}

async function partsOf(workbook: Workbook, request: ExportRequest): Promise<Map<string, string>> {
  const built = buildDocument(workbook, request, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  return docxParts(await Packer.toBuffer(built.value.doc));
}

function requestFor(kind: DocumentKind): ExportRequest {
  return kind === 'practice-summary' ? { document: kind } : { document: kind, clientId: client.id };
}

/** The text of an element of docProps/core.xml, such as dc:title. */
function property(parts: Map<string, string>, name: string): string {
  const found = new RegExp(`<${name}>([^<]*)</${name}>`).exec(part(parts, 'docProps/core.xml'));
  return found?.[1] ?? '';
}

/** Everything the footers print. */
function footerText(parts: Map<string, string>): string {
  return [...parts.entries()]
    .filter(([path]) => /^word\/footer\d*\.xml$/.test(path))
    .map(([, xml]) => wordText(xml))
    .join(' ');
}

/** The language every run is in unless it says otherwise (styles.xml's run defaults). */
function defaultLanguage(parts: Map<string, string>): string {
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(part(parts, 'word/styles.xml'));
  return /<w:lang w:val="([^"]+)"/.exec(defaults?.[0] ?? '')?.[1] ?? '';
}

describe('document properties and footers', () => {
  it.each(DOCUMENT_KINDS.filter((kind) => kind !== 'practice-summary'))(
    '%s names the client in its title, subject and footer',
    async (kind) => {
      const parts = await partsOf(book, requestFor(kind));
      expect(property(parts, 'dc:title')).toContain(client.name);
      expect(property(parts, 'dc:subject')).toContain(client.name);
      expect(footerText(parts)).toContain(client.name);
    },
  );

  it('the practice summary names the practice instead', async () => {
    const parts = await partsOf(book, requestFor('practice-summary'));
    expect(property(parts, 'dc:title')).toBe(`Practice Summary: ${book.practice.businessName}`);
    expect(property(parts, 'dc:subject')).toContain(book.practice.businessName);
    expect(footerText(parts)).toContain('Practice Summary');
  });

  it("a coach's own worksheet names the person it is about", async () => {
    const own = book.worksheets.find((s) => s.clientId === null);
    if (!own) throw new Error('the sample has no worksheet of the coach');
    const kind = own.kind === 'boundaryMap' ? 'boundary-map' : own.kind;
    const parts = await partsOf(book, { document: kind, worksheetId: own.id });
    expect(property(parts, 'dc:title')).toMatch(/: \S/);
    expect(footerText(parts)).toContain(property(parts, 'dc:title'));
  });
});

describe('document language', () => {
  it('is British English by default and American English with month-first dates', async () => {
    expect(defaultLanguage(await partsOf(book, requestFor('idp')))).toBe('en-GB');
    const us = structuredClone(book);
    us.practice.dateFormat = 'MM/DD/YYYY';
    expect(defaultLanguage(await partsOf(us, requestFor('idp')))).toBe('en-US');
  });

  it("follows the coach's choice whatever the date format", async () => {
    const chosen = structuredClone(book);
    chosen.practice.dateFormat = 'MM/DD/YYYY';
    chosen.practice.documentLanguage = 'en-GB';
    for (const kind of DOCUMENT_KINDS) {
      expect(defaultLanguage(await partsOf(chosen, requestFor(kind))), kind).toBe('en-GB');
    }
    chosen.practice.dateFormat = 'D MMMM YYYY';
    chosen.practice.documentLanguage = 'en-US';
    expect(defaultLanguage(await partsOf(chosen, requestFor('agreement')))).toBe('en-US');
  });
});
