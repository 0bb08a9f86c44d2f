import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { richTextToPlain } from '../../src/shared/richText';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { buildDocument, writeDocx, type ExportRequest } from '../../src/main/export';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import { skillLabel, strongestSkills } from '../../src/shared/domain/skillsSummary';
import type {
  BoundaryMapWorksheet,
  IdpWorksheet,
  SkillsWorksheet,
  SponsorReportChoice,
  Workbook,
  Worksheet,
} from '../../src/shared/schema';
import { docxText } from './support/libreoffice';

const TODAY = '2026-11-23';
const sample = generateSampleWorkbook({ clients: 3, seed: 'sponsor-report', today: TODAY });
const maryId = sample.clients[0]?.id ?? '';

/** Words the coach wrote in Mary's working papers, to look for in what a sponsor gets. */
const PRIVATE_NOTE = 'Worried she will leave the spa if the hotel contract sours.';
const SALARY_NOTE = 'Ask for the promised raise in writing before the March review.';

/** The sample, with a salary plan and private notes written for Mary. */
function workbook(): Workbook {
  const book = structuredClone(sample);
  book.clients = book.clients.map((c) => (c.id === maryId ? { ...c, notes: PRIVATE_NOTE } : c));
  book.worksheets = book.worksheets.map((s) =>
    s.kind === 'idp' && s.clientId === maryId
      ? {
          ...s,
          review: {
            ...s.review,
            salary: { ...s.review.salary, raisePromised: true, notes: SALARY_NOTE },
          },
        }
      : s,
  );
  return book;
}

function sheetOf<K extends Worksheet['kind']>(
  book: Workbook,
  kind: K,
): Extract<Worksheet, { kind: K }> {
  const sheet = book.worksheets.find(
    (s): s is Extract<Worksheet, { kind: K }> => s.kind === kind && s.clientId === maryId,
  );
  if (!sheet) throw new Error(`Mary has no ${kind}`);
  return sheet;
}

/** Whitespace collapsed, a line broken after a hyphen joined again. */
const squash = (text: string): string => text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-sponsor-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Export a document, open it in LibreOffice and read its text back. */
async function exportedText(book: Workbook, request: ExportRequest, name: string) {
  const built = buildDocument(book, request, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  const file = join(dir, `${name}.docx`);
  const written = await writeDocx(built.value.doc, file);
  if (!written.ok) throw new Error(written.error.message);
  return squash(await docxText(file));
}

/** What only a full agreement shows: its clause headings and text. */
function clauseWords(book: Workbook): string[] {
  const agreement = agreementSeries(book.worksheets, maryId)[0]?.current;
  if (!agreement) throw new Error('Mary has no agreement');
  return agreement.clauses.flatMap((c, i) => {
    // The start of its text, up to any merge field (filled in differently in the document).
    const start = squash(richTextToPlain(c.body).split('{{')[0] ?? '').slice(0, 40);
    return [`${i + 1}. ${squash(c.title)}`, ...(start.length > 15 ? [start] : [])];
  });
}

describe('the sponsor report', () => {
  const book = workbook();
  const idp: IdpWorksheet = sheetOf(book, 'idp');
  const skills: SkillsWorksheet = sheetOf(book, 'skills');
  const map: BoundaryMapWorksheet = sheetOf(book, 'boundaryMap');
  const mary = book.clients.find((c) => c.id === maryId);
  if (!mary) throw new Error('no Mary');

  it('by default shows the goals, the progress and the strongest skills, and nothing else', async () => {
    const text = await exportedText(
      book,
      { document: 'sponsor-report', clientId: maryId },
      'default',
    );
    expect(text).toContain('Coaching Progress Report');
    expect(text).toContain(`Confidential — prepared for ${idp.profile.manager.trim()}`);
    // What was ticked.
    expect(text).toContain(squash(idp.goals.shortTerm).slice(0, 40));
    expect(text).toContain('Progress at a glance');
    const firstObjective = idp.objectives[0]?.what.split('\n')[0] ?? '';
    expect(text).toContain(squash(firstObjective).slice(0, 40));
    const strongest = strongestSkills(skills, 1)[0];
    if (strongest) expect(text).toContain(skillLabel(strongest.skill));
    // What was not: the salary plan, the progress log, every skill's evidence, the boundary
    // map, the mentor list, the agreement, and the coach's private notes.
    expect(text).not.toContain(SALARY_NOTE);
    expect(text).not.toContain('Salary conversation');
    expect(text).not.toContain('Progress log');
    expect(text).not.toContain('Skills inventory');
    expect(text).not.toContain('Situation:');
    expect(text).not.toContain(squash(map.title));
    expect(text).not.toContain(squash(map.situation.description).slice(0, 40));
    expect(text).not.toContain('Mentor List');
    expect(text).not.toContain('Agreement');
    for (const words of clauseWords(book)) expect(text).not.toContain(words);
    expect(text).not.toContain(PRIVATE_NOTE);
  });

  it('shows what the coach ticked, from the choice remembered with the client', async () => {
    const choice: SponsorReportChoice = {
      preparedFor: 'Rick Alvarez',
      include: ['idp-salary', 'boundary-map', 'agreement-summary'],
      leftOut: [],
    };
    const remembered = structuredClone(book);
    remembered.clients = remembered.clients.map((c) =>
      c.id === maryId ? { ...c, sponsorReport: choice } : c,
    );
    const text = await exportedText(
      remembered,
      { document: 'sponsor-report', clientId: maryId },
      'remembered',
    );
    expect(text).toContain('Confidential — prepared for Rick Alvarez');
    expect(text).toContain(SALARY_NOTE);
    expect(text).toContain(squash(map.situation.description).slice(0, 40));
    // The agreement in brief: where it stands, never its clauses.
    expect(text).toMatch(/Status (Signed on|Sent on|Being prepared)/);
    for (const words of clauseWords(book)) expect(text).not.toContain(words);
    // The goals and progress were unticked this time.
    expect(text).not.toContain(squash(idp.goals.shortTerm).slice(0, 40));
    expect(text).not.toContain('Progress at a glance');
    expect(text).not.toContain(PRIVATE_NOTE);
  });

  it('follows the choice sent with the request, leaving out a worksheet the coach unticked', async () => {
    const sponsor: SponsorReportChoice = {
      preparedFor: 'Dana Lee',
      include: ['idp-goals', 'boundary-map'],
      leftOut: [map.id],
    };
    const text = await exportedText(
      book,
      { document: 'sponsor-report', clientId: maryId, sponsor },
      'request',
    );
    expect(text).toContain('Confidential — prepared for Dana Lee');
    expect(text).toContain(squash(idp.goals.shortTerm).slice(0, 40));
    expect(text).not.toContain(squash(map.situation.description).slice(0, 40));
    expect(text).not.toContain('Boundary Map');
  });

  it('stands beside the full client report, which is prepared for the client', async () => {
    const text = await exportedText(
      book,
      { document: 'client-report', clientId: maryId },
      'client-report',
    );
    expect(text).toContain(`Confidential — prepared for ${mary.name}`);
    // The client's own report has it all, but the coach's private notes never.
    expect(text).toContain(SALARY_NOTE);
    expect(text).toContain(squash(map.situation.description).slice(0, 40));
    const headings = clauseWords(book).filter((words) => /^\d+\. /.test(words));
    expect(headings.length).toBeGreaterThan(3);
    for (const words of headings) expect(text).toContain(words);
    expect(text).not.toContain(PRIVATE_NOTE);
  });
});
