import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, writeDocx } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import type { Workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import { docxParts, part } from './support/docxParts';
import { pdfText } from './support/libreoffice';
import { docxToPdfUpdatingContents } from './support/libreofficeUpdate';

const TODAY = '2026-11-26';
const COPIES = 11;
const dirs = tempDirs();
let dir = '';
let docxPath = '';

/** A client whose worksheets, copied `COPIES` times under their own titles, pass 150 KB. */
function largeWorkbook(): { book: Workbook; clientId: string; size: number } {
  const book = generateSampleWorkbook({ clients: 1, seed: 'large-report', today: TODAY });
  const client = book.clients[0];
  if (!client) throw new Error('The sample has no client');
  const own = book.worksheets.filter((s) => s.clientId === client.id && s.kind !== 'agreement');
  for (let copy = 2; copy <= COPIES; copy++) {
    for (const sheet of own) {
      book.worksheets.push({ ...structuredClone(sheet), id: `${sheet.id}-${copy}`, title: '' });
    }
  }
  // Every chapter gets a title of its own, so each can be found on its page.
  const counts = new Map<string, number>();
  for (const sheet of book.worksheets.filter((s) => s.clientId === client.id)) {
    if (sheet.kind === 'agreement') continue;
    const n = (counts.get(sheet.kind) ?? 0) + 1;
    counts.set(sheet.kind, n);
    sheet.title = `Part ${n} of ${sheet.kind}`;
  }
  const size = JSON.stringify(book.worksheets.filter((s) => s.clientId === client.id)).length;
  return { book, clientId: client.id, size };
}

beforeAll(async () => {
  dir = await dirs.make('large-report');
  const { book, clientId, size } = largeWorkbook();
  expect(size).toBeGreaterThan(150_000);
  const built = buildDocument(book, { document: 'client-report', clientId }, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  docxPath = join(dir, 'large-report.docx');
  const written = await writeDocx(built.value.doc, docxPath);
  if (!written.ok) throw new Error(written.error.message);
}, 300_000);
afterAll(dirs.cleanup);

describe('the contents of a report above 150 KB of text', () => {
  it('lists every heading, each linked to a bookmark on it, for the reader to number', async () => {
    const xml = part(docxParts(await readFile(docxPath)), 'word/document.xml');
    const references = [...xml.matchAll(/PAGEREF (_Toc\d+) \\h/g)].map((m) => m[1] ?? '');
    const bookmarks = new Set(
      [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="(_Toc\d+)"/g)].map((m) => m[1]),
    );
    expect(references.length).toBeGreaterThan(COPIES * 4 * 2);
    for (const name of references) expect(bookmarks.has(name), name).toBe(true);
    expect(part(docxParts(await readFile(docxPath)), 'word/settings.xml')).toContain(
      '<w:updateFields/>',
    );
  });

  it('gets every chapter’s page when LibreOffice updates it, as Word does on opening', async () => {
    const pdf = join(dir, 'large-report-updated.pdf');
    await docxToPdfUpdatingContents(docxPath, pdf);
    const pages = (await pdfText(pdf)).split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
    const contents = pages.slice(1, 8).join(' ');
    const chapters = [...contents.matchAll(/(Part \d+ of \w+) ?\.{3,} ?(\d+)/g)];
    expect(chapters.length).toBe(COPIES * 4);
    for (const [, chapter = '', page] of chapters) {
      const number = Number(page);
      expect(pages[number - 1] ?? '', `${chapter} on page ${number}`).toContain(chapter);
    }
  }, 300_000);
});
