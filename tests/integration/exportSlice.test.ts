import { describe, expect, it } from 'vitest';
import { buildDocument, packDocument, type ExportRequest } from '../../src/main/export';
import { exportSlice } from '../../src/main/export/worker/slice';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import type { Workbook } from '../../src/shared/schema';
import { docxParts, part } from './support/docxParts';

const TODAY = '2026-11-23';
const book = generateSampleWorkbook({ clients: 12, seed: 'export-slice', today: TODAY });
const [first, second] = book.clients;
if (first === undefined || second === undefined) throw new Error('the sample is too small');

/** The body of the document buildDocument makes, or its error. */
async function bodyOf(workbook: Workbook, request: ExportRequest): Promise<string> {
  const built = buildDocument(workbook, request, { today: TODAY });
  if (!built.ok) return JSON.stringify(built.error);
  const { title, clientName, version } = built.value;
  const packed = await packDocument(built.value.doc);
  if (!packed.ok) throw new Error(packed.error.message);
  // core.xml is left out: it holds the time the document was made. Bookmark and picture numbers
  // count on from the previous document built in the process, and links get random relationship
  // ids, so all three are numbered afresh.
  const ids = new Map<string, number>();
  const body = part(docxParts(packed.value), 'word/document.xml').replace(
    /_Toc\d+|w:id="\d+"|wp:docPr id="\d+"|r:id="rId[^"]+"/g,
    (id) => `#${ids.get(id) ?? ids.set(id, ids.size).size - 1}`,
  );
  return JSON.stringify({ title, clientName, version, body });
}

/** Where two texts first differ, with some context; empty when they are the same. */
function firstDifference(one: string, other: string): string {
  if (one === other) return '';
  let at = 0;
  while (one[at] === other[at]) at += 1;
  return `at ${at}: "${one.slice(at - 80, at + 80)}" against "${other.slice(at - 80, at + 80)}"`;
}

const sheetOf = (clientId: string, kind: string) =>
  book.worksheets.find((w) => w.clientId === clientId && w.kind === kind)?.id ?? 'missing';

const requests: ExportRequest[] = [
  { document: 'practice-summary' },
  { document: 'client-report', clientId: first.id },
  { document: 'idp', clientId: first.id },
  { document: 'skills', clientId: second.id },
  { document: 'boundary-map', clientId: first.id },
  { document: 'mentors', clientId: second.id },
  { document: 'agreement', clientId: first.id },
  { document: 'idp', worksheetId: sheetOf(second.id, 'idp') },
  { document: 'agreement', clientId: second.id, worksheetId: sheetOf(second.id, 'agreement') },
  // Refused alike: a client or worksheet that is not there, or not the client's.
  { document: 'idp', clientId: 'nobody' },
  { document: 'idp', worksheetId: 'nothing' },
  { document: 'idp', clientId: first.id, worksheetId: sheetOf(second.id, 'idp') },
  { document: 'skills', worksheetId: sheetOf(first.id, 'idp') },
];

describe('the slice of the workbook an export worker gets', () => {
  it.each(requests)('gives the same document, or error, as the whole workbook: %o', async (r) => {
    const slice = exportSlice(book, r);
    expect(firstDifference(await bodyOf(slice, r), await bodyOf(book, r))).toBe('');
  });

  it('holds one client’s records for a client’s document', () => {
    const slice = exportSlice(book, { document: 'client-report', clientId: first.id });
    expect(slice.clients.map((c) => c.id)).toEqual([first.id]);
    expect(new Set(slice.worksheets.map((w) => w.clientId))).toEqual(new Set([first.id]));
    expect(slice.exportHistory).toEqual([]);
  });
});
