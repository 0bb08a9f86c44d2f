import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument, type ExportRequest } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import { formatDate } from '../../src/shared/domain/dates';
import { DATE_FORMATS, type DateFormat, type Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const TODAY = '2026-11-26';
const book = generateSampleWorkbook({ clients: 2, seed: 'prose-dates', today: TODAY });
const client = book.clients[0] ?? missing('a client');

function missing(what: string): never {
  throw new Error(`The sample has no ${what}`);
}

/** The sample in another date format, its agreement not yet frozen (dated from the workbook). */
function inFormat(format: DateFormat): Workbook {
  const copy = structuredClone(book);
  copy.practice.dateFormat = format;
  const current = agreementSeries(copy.worksheets, client.id)[0]?.current;
  if (!current) throw new Error('the sample client has no agreement');
  current.mergeValues = {};
  current.sentOn = '2026-11-24';
  return copy;
}

async function textOf(workbook: Workbook, request: ExportRequest): Promise<string> {
  const built = buildDocument(workbook, request, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  return wordText(part(docxParts(await Packer.toBuffer(built.value.doc)), 'word/document.xml'));
}

const IN_WORDS: Record<DateFormat, { today: string; sent: string }> = {
  'MM/DD/YYYY': { today: 'November 26, 2026', sent: 'November 24, 2026' },
  'DD/MM/YYYY': { today: '26 November 2026', sent: '24 November 2026' },
  'YYYY-MM-DD': { today: '26 November 2026', sent: '24 November 2026' },
  'D MMMM YYYY': { today: '26 November 2026', sent: '24 November 2026' },
};

describe('dates in running text', () => {
  it.each(DATE_FORMATS)('are written in words with the %s setting', async (format) => {
    const workbook = inFormat(format);
    const expected = IN_WORDS[format];
    const agreement = await textOf(workbook, { document: 'agreement', clientId: client.id });
    expect(agreement).toContain(`dated ${expected.sent}`);
    expect(agreement).toContain(` on ${expected.today}`); // "Prepared by … on …"
    const idp = await textOf(workbook, { document: 'idp', clientId: client.id });
    expect(idp).toContain(`As of ${expected.today}:`);
    const summary = await textOf(workbook, { document: 'practice-summary' });
    expect(summary).toContain(`as of ${expected.today}`);
    const report = await textOf(workbook, { document: 'client-report', clientId: client.id });
    expect(report).toContain(`Prepared on ${expected.today}`);
  });

  it('keep the numeric setting for tables (the IDP log); the line under a title has words', async () => {
    const workbook = inFormat('MM/DD/YYYY');
    const agreement = await textOf(workbook, { document: 'agreement', clientId: client.id });
    // "Version 1 · Signed on December 15, 2025" (or sent on…), not "on 12/15/2025".
    expect(agreement).toMatch(/Version \d+ · [A-Z][a-z ]+ on [A-Z][a-z]+ \d{1,2}, \d{4}/);
    const idp = workbook.worksheets.find((s) => s.kind === 'idp' && s.clientId === client.id);
    const logged = idp?.kind === 'idp' ? idp.progressLog.find((e) => e.date !== null) : undefined;
    if (!logged?.date) throw new Error('the sample IDP has no dated log entry');
    const text = await textOf(workbook, { document: 'idp', clientId: client.id });
    expect(text).toContain(formatDate(logged.date, 'MM/DD/YYYY'));
  });
});
