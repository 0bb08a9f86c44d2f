import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementWorksheet, Clause, Workbook } from '../../src/shared/schema';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { buildDocument } from '../../src/main/export';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import { richTextFromPlain, richTextToPlain } from '../../src/shared/richText';
import { makeTempDir, removeTempDir } from '../helpers/tempDir';
import { docxToPdf, pdfPageCount, pdfText } from './support/libreoffice';
import { docxParts, part } from './support/docxParts';

const TODAY = '2026-11-26';

/** A clause with its text edited as plain lines, read back as rich text. */
function rewritten(clause: Clause, edit: (text: string) => string): Clause {
  return { ...clause, body: richTextFromPlain(edit(richTextToPlain(clause.body))) };
}

/**
 * A sample client's signed agreement (fee £120) and a version 2 made from it: one sentence
 * reworded, a clause left out, one added, the fee raised to £140.
 */
function withVersion2(changesPage: boolean): { workbook: Workbook; v2: AgreementWorksheet } {
  const workbook = generateSampleWorkbook({ clients: 1, seed: 'changes-page', today: TODAY });
  const clientId = workbook.clients[0]?.id ?? '';
  const v1 = agreementSeries(workbook.worksheets, clientId)[0]?.versions[0];
  if (v1 === undefined) throw new Error('the sample client has no agreement');
  // Only this series' first version is kept, signed.
  workbook.worksheets = workbook.worksheets.filter((w) => w.kind !== 'agreement' || w.id === v1.id);
  Object.assign(v1, {
    status: 'signed',
    sentOn: '2026-10-01',
    signedOn: '2026-10-03',
    clientSignerName: 'Dana Whitfield',
    mergeValues: { ...v1.mergeValues, fee: '£120 per session' },
  });
  const clauses = v1.clauses
    .filter((clause) => clause.id !== 'communication')
    .map((clause) =>
      clause.id === 'scheduling'
        ? rewritten(clause, (text) => text.replace('at no charge', 'free of charge'))
        : clause,
    );
  clauses.splice(1, 0, {
    id: 'online',
    title: 'Online sessions',
    body: richTextFromPlain('Sessions happen by video call.'),
  });
  const v2: AgreementWorksheet = {
    ...structuredClone(v1),
    id: 'agreement-v2',
    version: 2,
    status: 'draft',
    sentOn: null,
    signedOn: null,
    previousVersionId: v1.id,
    clauses,
    mergeValues: { ...v1.mergeValues, fee: '£140 per session' },
    changesPage,
  };
  workbook.worksheets.push(v2);
  return { workbook, v2 };
}

let dir = '';
beforeAll(async () => {
  dir = await makeTempDir('changes-page');
});
afterAll(async () => {
  if (process.env.KEEP_PAGES === undefined) await removeTempDir(dir);
  else console.log(dir);
});

/** Version 2 exported, and read back through LibreOffice. */
async function exported(changesPage: boolean) {
  const { workbook, v2 } = withVersion2(changesPage);
  const built = buildDocument(
    workbook,
    { document: 'agreement', worksheetId: v2.id },
    { today: TODAY },
  );
  if (!built.ok) throw new Error(built.error.message);
  const bytes = await Packer.toBuffer(built.value.doc);
  const file = join(dir, `version-2-${changesPage ? 'with' : 'without'}-changes.docx`);
  await writeFile(file, bytes);
  const pdf = await docxToPdf(file, dir);
  const text = await pdfText(pdf);
  return {
    xml: part(docxParts(bytes), 'word/document.xml'),
    pages: text.split('\f').map((page) => page.replace(/\s+/g, ' ').trim()),
    count: await pdfPageCount(pdf),
  };
}

describe('the "Changes from version N" page', () => {
  it('ends version 2 with one page of what changed, words marked the way Word marks them', async () => {
    const { xml, pages, count } = await exported(true);
    const last = pages.filter((page) => page !== '').at(-1) ?? '';
    expect(last).toContain('Changes from version 1');
    expect(last).toContain('version 1, signed on 3 October 2026');
    expect(last).toContain('1 clause changed, 1 added, 1 removed; the fee changed.');
    expect(last).toMatch(/Fee: £120 per session £140 per session/);
    expect(last).toContain('Added: 2. Online sessions');
    expect(last).toContain('Removed: Staying in touch between sessions');
    expect(last).toMatch(/Changed: \d+\. Scheduling, rescheduling/);
    expect(last).toContain('the session is then moved at no free of charge.');
    // Only one page, and nothing of it before the signatures.
    expect(pages.filter((page) => page.includes('Changes from version 1'))).toHaveLength(1);
    expect(count).toBeGreaterThan(1);
    // Word-native marks: the removed words struck through, the added ones underlined.
    expect(xml).toMatch(/<w:strike\/>(?:(?!<\/w:r>)[\s\S])*>at no</);
    expect(xml).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>)[\s\S])*>free of</);
    expect(xml).toMatch(/<w:strike\/>(?:(?!<\/w:r>)[\s\S])*£120 per session/);
  });

  it('is not there unless the coach asked for it', async () => {
    const { pages } = await exported(false);
    expect(pages.join(' ')).not.toContain('Changes from version');
    expect(pages.join(' ')).toContain('Online sessions');
  });
});
