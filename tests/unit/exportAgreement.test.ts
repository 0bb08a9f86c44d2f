import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import type { AgreementStatus, AgreementWorksheet, Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const TODAY = '2026-11-26';
const book = generateSampleWorkbook({ clients: 1, seed: 'agreement-doc', today: TODAY });
const clientId = book.clients[0]?.id ?? '';

/** The sample with its client's agreement in force set to `status`. */
function withStatus(status: AgreementStatus): { workbook: Workbook; sheet: AgreementWorksheet } {
  const workbook = structuredClone(book);
  const sheet = agreementSeries(workbook.worksheets, clientId)[0]?.current;
  if (!sheet) throw new Error('the sample client has no agreement');
  sheet.status = status;
  sheet.sentOn = status === 'draft' ? null : '2026-11-02';
  sheet.signedOn = status === 'signed' ? '2026-11-09' : null;
  sheet.clientSignerName = 'Alex Client';
  sheet.coachSignerName = 'Sam Coach';
  return { workbook, sheet };
}

async function pagesOf(workbook: Workbook): Promise<{ body: string; headers: string }> {
  const built = buildDocument(workbook, { document: 'agreement', clientId }, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  const parts = docxParts(await Packer.toBuffer(built.value.doc));
  const headers = [...parts.entries()]
    .filter(([path]) => /^word\/header\d*\.xml$/.test(path))
    .map(([, xml]) => wordText(xml))
    .join(' ');
  return { body: wordText(part(parts, 'word/document.xml')), headers };
}

describe('the exported agreement', () => {
  it('marks a draft on every page and leaves the signature lines to be signed', async () => {
    const { body, headers } = await pagesOf(withStatus('draft').workbook);
    expect(headers).toContain('DRAFT — not for signature');
    expect(body).toContain('Draft for discussion, not yet for signature');
    expect(body).not.toContain('Signed by');
  });

  it('shows who signed and when on the signature lines of a signed one, with no draft mark', async () => {
    const { body, headers } = await pagesOf(withStatus('signed').workbook);
    expect(headers).not.toContain('DRAFT');
    expect(body).toContain('Signed on 9 November 2026');
    const signatures = body.slice(body.lastIndexOf('Signatures'));
    expect(signatures).toContain('Signed by Alex Client');
    expect(signatures).toContain('Signed by Sam Coach');
  });

  it('names the parties as the agreement was sent, whatever the records say later', async () => {
    const { workbook, sheet } = withStatus('signed');
    sheet.mergeValues = { ...sheet.mergeValues, coachEmail: 'then@coach.example' };
    workbook.practice.email = 'now@coach.example';
    const { body } = await pagesOf(workbook);
    const between = body.slice(body.indexOf('Between'), body.indexOf('1. '));
    expect(between).toContain('then@coach.example');
    expect(between).not.toContain('now@coach.example');
  });

  it('never says "Signed by" on a version that was sent and then replaced unsigned', async () => {
    const { workbook, sheet } = withStatus('sent');
    sheet.status = 'superseded';
    sheet.supersededById = 'a-newer-version';
    const { body } = await pagesOf(workbook);
    expect(body).toContain('Replaced by a newer version');
    expect(body).not.toContain('Signed by');
  });

  it('has the fact sheet as a schedule before the signatures, or on its own page after them', async () => {
    const { workbook, sheet } = withStatus('draft');
    sheet.factSheet = { include: true, body: 'Each session: you choose the topic.' };
    const schedule = (await pagesOf(workbook)).body;
    expect(schedule.indexOf('Schedule: What to expect')).toBeGreaterThan(-1);
    expect(schedule.indexOf('Schedule: What to expect')).toBeLessThan(
      schedule.lastIndexOf('Signatures'),
    );
    sheet.factSheet.placement = 'ownPage';
    const own = (await pagesOf(workbook)).body;
    expect(own).not.toContain('Schedule:');
    expect(own.lastIndexOf('What to expect')).toBeGreaterThan(own.lastIndexOf('Signatures'));
    expect(own).toContain('it is not part of what is signed');
  });

  it('says when a sent one went out, with blank lines still to sign', async () => {
    const { body, headers } = await pagesOf(withStatus('sent').workbook);
    expect(headers).not.toContain('DRAFT');
    expect(body).toContain('Sent for signature on 2 November 2026');
    expect(body).not.toContain('Signed by');
  });
});
