import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument, type ExportRequest } from '../../src/main/export';
import { EMPTY_CLIENT_DRAFT, emptyWorkbook, newClient } from '../../src/shared/domain/emptyRecords';
import {
  CREATABLE_KINDS,
  WORKSHEET_KIND_SPECS,
  emptyWorksheet,
  kindSpec,
} from '../../src/shared/kinds';
import { DOCUMENT_KINDS, type Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const TODAY = '2026-11-26';
const STAMP = { id: 'x', now: '2026-11-01T09:00:00.000Z' };

/** What the app once printed for a field left empty, or for an "other" choice. */
const PLACEHOLDERS = [
  'None chosen',
  'Nothing listed',
  'Nothing written',
  'Not thought through',
  'No entries yet',
  'No activities planned',
  'No objectives written',
  'No areas listed',
  'Nobody listed',
  'no text yet',
  'Something else',
  'Some other way',
  'Not set',
];

/** A practice with one client who has one empty worksheet of every kind a coach starts. */
function bookWithEmptyWorksheets(): Workbook {
  const book = emptyWorkbook();
  book.practice.coachName = 'Sam Coach';
  const client = newClient({ ...EMPTY_CLIENT_DRAFT, name: 'Alex Client' }, { ...STAMP, id: 'c1' });
  book.clients.push(client);
  for (const kind of CREATABLE_KINDS) {
    book.worksheets.push(emptyWorksheet(kind, client.id, { ...STAMP, id: `ws-${kind}` }));
  }
  return book;
}

async function xmlOf(book: Workbook, request: ExportRequest): Promise<string> {
  const built = buildDocument(book, request, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  return part(docxParts(await Packer.toBuffer(built.value.doc)), 'word/document.xml');
}

async function textOf(book: Workbook, request: ExportRequest): Promise<string> {
  return wordText(await xmlOf(book, request));
}

describe('a field the coach left empty', () => {
  const book = bookWithEmptyWorksheets();
  const requests: ExportRequest[] = DOCUMENT_KINDS.filter((d) => d !== 'agreement').map((d) =>
    d === 'practice-summary' ? { document: d } : { document: d, clientId: 'c1' },
  );

  it.each(requests.map((r) => [r.document, r] as const))(
    'is left out of the %s, never printed as a dash or a placeholder',
    async (_, request) => {
      const xml = await xmlOf(book, request);
      const text = wordText(xml);
      for (const placeholder of PLACEHOLDERS) expect(text).not.toContain(placeholder);
      // A dash standing for an empty field, alone in its cell or line.
      expect(xml).not.toMatch(/<w:t(?: [^>]*)?>\s*—\s*<\/w:t>/);
    },
  );

  // An IDP always has its review rhythm and sign-off lines; the others can be wholly empty.
  const wholly = CREATABLE_KINDS.filter((kind) => kind !== 'idp');
  it.each(wholly)('leaves an empty %s one neutral sentence', async (kind) => {
    const text = await textOf(book, { document: kindSpec(kind).document, clientId: 'c1' });
    expect(text).toContain('Nothing has been filled in yet.');
  });
});

describe('a date that has passed while still open', () => {
  it('is marked overdue: a mentor next step and a boundary map review', async () => {
    const book = bookWithEmptyWorksheets();
    for (const sheet of book.worksheets) {
      if (sheet.kind === 'mentors') {
        const person = WORKSHEET_KIND_SPECS.mentors.items.candidate('p1');
        sheet.candidates.push({
          ...person,
          name: 'Priya',
          nextStep: 'Ask for coffee',
          nextStepDate: '2024-03-01',
        });
        sheet.candidates.push({
          ...person,
          id: 'p2',
          name: 'Jo',
          status: 'ended',
          nextStep: 'Say thanks',
          nextStepDate: '2024-03-02',
        });
      }
      if (sheet.kind === 'boundaryMap') sheet.review.date = '2025-01-10';
    }
    const mentors = await textOf(book, { document: 'mentors', clientId: 'c1' });
    expect(mentors).toMatch(/By 1 March 2024 \(overdue\)/);
    // A relationship that has ended has nothing left to do.
    expect(mentors).toMatch(/By 2 March 2024(?! \(overdue\))/);
    const map = await textOf(book, { document: 'boundary-map', clientId: 'c1' });
    expect(map).toContain('10 January 2025 (overdue)');
  });
});
