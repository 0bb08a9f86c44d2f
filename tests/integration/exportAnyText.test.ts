import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, type DocumentKind, type Workbook } from '../../src/shared/schema';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { buildDocument, writeDocx } from '../../src/main/export';
import { docxParts, part, wordText, xmlProblems } from './support/docxParts';
import { docxToPdf, pdfText } from './support/libreoffice';

/**
 * Whatever a coach types or pastes must give a document that opens: every text field of every
 * worksheet, the client and the practice is filled with hostile text, then each document kind
 * is built and its XML checked (and a few opened in LibreOffice).
 */

const TODAY = '2026-11-23';
const base = generateSampleWorkbook({ clients: 1, seed: 'any-text', today: TODAY });
const CLIENT_ID = base.clients[0]?.id ?? '';

/** Keys whose strings are ids, dates, enum values or data, not text a person typed. */
const NOT_TEXT = new Set([
  'id',
  'clientId',
  'seriesId',
  'previousVersionId',
  'supersededById',
  'areaIds',
  'kind',
  'status',
  'priority',
  'choice',
  'holder',
  'relationship',
  'howFound',
  'source',
  'skillId',
  'groupId',
  'reviewerRole',
  'oneOnOneFrequency',
  'alternatives',
  'createdAt',
  'updatedAt',
  'archivedAt',
  'sentOn',
  'signedOn',
  'date',
  'targetDate',
  'startDate',
  'yearlyCheckInDate',
  'nextReviewDate',
  'expectedDate',
  'nextQuarterlyReview',
  'nextStepDate',
  'employeeDate',
  'reviewerDate',
  'paperSize',
  'dateFormat',
  'mimeType',
  'dataBase64',
  'idealClientFit',
  'schemaVersion',
  'at',
  'document',
  'worksheetId',
  'path',
  // Rich text's structure: node and mark types, a merge field's key, a link's address.
  'type',
  'key',
  'href',
]);

/** A copy of `value` with every typed-text string replaced by `text(n)` (n counts the fields). */
function withText<T>(value: T, text: (n: number) => string): T {
  let n = 0;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return NOT_TEXT.has(key) ? v : text(n++);
    if (Array.isArray(v)) return NOT_TEXT.has(key) ? v : v.map((item) => walk(item, key));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    }
    return v;
  };
  return walk(value, '') as T;
}

/** A workbook whose client, practice, template and worksheets all hold `text`. */
function hostileWorkbook(text: (n: number) => string): Workbook {
  const book = withText(base, text);
  // A client still needs a name to be found; keep the hostile text after it.
  for (const client of book.clients) client.name = `Client ${text(0)}`;
  return book;
}

/** Single UTF-16 code units, lone surrogates and control characters included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));

const samples = fc.constantFrom(
  'שלום עולם, זה טקסט בעברית',
  'مرحبا بالعالم',
  '👩🏽‍💼 coach 🎯✨',
  'line one\nline two\r\nline three\rline four',
  'tab\there',
  '<b>&amp; "quotes" \'apos\' ]]> {{clientName}} {{unknownField}}',
  '\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff',
  '\ud800 lone high \udc00 lone low \udbff',
  '- a bullet\n• another\n\nnew paragraph',
);

/** Hostile text of everyday length (LibreOffice takes minutes over hundreds of long pages). */
const shortText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), codeUnits, samples);

const anyText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 3 },
  { arbitrary: codeUnits, weight: 3 },
  { arbitrary: samples, weight: 3 },
  {
    arbitrary: fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) => s.repeat(50_000).slice(0, 50_000)),
    weight: 1,
  },
);

/** Build and pack one document; return its XML parts. */
async function packed(book: Workbook, kind: DocumentKind): Promise<Map<string, string>> {
  const built = buildDocument(
    book,
    { document: kind, ...(kind === 'practice-summary' ? {} : { clientId: CLIENT_ID }) },
    { today: TODAY },
  );
  if (!built.ok) throw new Error(built.error.message);
  return docxParts(await Packer.toBuffer(built.value.doc));
}

describe('any text gives a well-formed document', () => {
  it.each(DOCUMENT_KINDS)('%s, with random Unicode in every text field', async (kind) => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 8 }), async (texts) => {
        const book = hostileWorkbook((n) => texts[n % texts.length] ?? '');
        const parts = await packed(book, kind);
        for (const [path, xml] of parts) {
          expect(xmlProblems(xml), path).toEqual([]);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('keeps the text: forbidden characters go, everything else stays', async () => {
    const book = hostileWorkbook(() => 'A\u0000B\ud800C\u0007D 😀 שלום\tE');
    const text = wordText(part(await packed(book, 'idp'), 'word/document.xml'));
    expect(text).toContain('ABCD 😀 שלום');
    // eslint-disable-next-line no-control-regex -- control characters are what is tested
    expect(text).not.toMatch(/[\u0000\u0007]/);
  });

  it('keeps a 50,000-character passage whole', async () => {
    const long = Array.from({ length: 5_000 }, (_, i) => `word${i}`)
      .join(' ')
      .slice(0, 50_000);
    const book = hostileWorkbook(() => long);
    const text = wordText(part(await packed(book, 'boundary-map'), 'word/document.xml'));
    expect(text).toContain(long);
  });
});

describe('LibreOffice opens documents full of unusual text', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cw-anytext-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function openInLibreOffice(
    book: Workbook,
    kind: DocumentKind,
    name: string,
  ): Promise<string> {
    const built = buildDocument(
      book,
      { document: kind, ...(kind === 'practice-summary' ? {} : { clientId: CLIENT_ID }) },
      { today: TODAY },
    );
    if (!built.ok) throw new Error(built.error.message);
    const target = join(dir, `${name}.docx`);
    const written = await writeDocx(built.value.doc, target);
    if (!written.ok) throw new Error(written.error.message);
    return pdfText(await docxToPdf(target, dir));
  }

  it('right-to-left text, emoji, control characters and line breaks', async () => {
    const book = hostileWorkbook(
      (n) =>
        [
          `first line ${n}\nsecond line ${n}`,
          'שלום עולם',
          '\u0000\u0001 hidden \ud800 controls',
          '👩🏽‍💼 emoji 🎯',
        ][n % 4] ?? '',
    );
    const text = await openInLibreOffice(book, 'client-report', 'hostile-report');
    expect(text).toMatch(/first line \d+\nsecond line \d+/); // the line break stayed a line break
    expect(text).toContain('שלום עולם');
    expect(text).toContain('hidden');
  });

  it('random hostile text, for a few seeds', async () => {
    const cases = fc.sample(fc.array(shortText, { minLength: 1, maxLength: 6 }), {
      numRuns: 3,
      seed: 42,
    });
    for (const [i, texts] of cases.entries()) {
      const book = hostileWorkbook((n) => texts[n % texts.length] ?? '');
      const text = await openInLibreOffice(book, 'agreement', `random-${i}`);
      expect(text).toContain('Signatures');
    }
  });

  it('a 50,000-character passage, whole and on many pages', async () => {
    const book = structuredClone(base);
    const idp = book.worksheets.find((s) => s.kind === 'idp' && s.clientId === CLIENT_ID);
    if (idp?.kind !== 'idp') throw new Error('no idp');
    const words = Array.from({ length: 8_000 }, (_, i) => `w${i}`).join(' ');
    idp.goals.longTerm = `${words.slice(0, 49_990)} THE-END`;
    const text = await openInLibreOffice(book, 'idp', 'long-passage');
    expect(text).toContain('THE-END');
    expect(text).toContain('w7000');
  });

  it('a practice logo shows in the header', async () => {
    const book = structuredClone(base);
    book.practice.logo = {
      mimeType: 'image/png',
      dataBase64: tinyPng(120, 40).toString('base64'),
      fileName: 'logo.png',
    };
    const built = buildDocument(
      book,
      { document: 'mentors', clientId: CLIENT_ID },
      { today: TODAY },
    );
    if (!built.ok) throw new Error(built.error.message);
    const parts = docxParts(await Packer.toBuffer(built.value.doc));
    const header = [...parts].find(([path]) => /^word\/header\d+\.xml$/.test(path))?.[1] ?? '';
    expect(header.includes('<w:drawing>'), 'a picture in the header').toBe(true);
    expect(header.includes(base.practice.businessName), 'the practice name too').toBe(true);
    const text = await openInLibreOffice(book, 'mentors', 'with-logo');
    expect(text).toContain('Mentor List');
  });
});

/** A valid PNG of a plain colour, made here so the test needs no image file. */
function tinyPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2f)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
