import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { addDays, formatDate } from '../../src/shared/domain/dates';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import type { IdpWorksheet, Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const TODAY = '2026-11-26';

function missing(what: string): never {
  throw new Error(`The sample has no ${what}`);
}

/** The sample with one objective 699 days late for an active client, one for a finished one. */
function plantedWorkbook(): { book: Workbook; active: string; finished: string[] } {
  const book = generateSampleWorkbook({ clients: 12, seed: 'summary', today: TODAY });
  const idpOf = (clientId: string): IdpWorksheet =>
    book.worksheets.find((s): s is IdpWorksheet => s.kind === 'idp' && s.clientId === clientId) ??
    missing('IDP for that client');
  const live = book.clients.filter((c) => c.archivedAt === null);
  const active = live.find((c) => c.status === 'active') ?? missing('active client');
  const done = live.find((c) => c.status === 'completed') ?? missing('completed client');
  const plant = (sheet: IdpWorksheet, what: string): void => {
    const model = sheet.objectives[0] ?? missing('objective');
    sheet.objectives.push({
      ...structuredClone(model),
      id: `${sheet.id}-planted`,
      what,
      targetDate: addDays(TODAY, -699),
      activities: [],
    });
  };
  plant(idpOf(active.id), 'Planted: ask for the promotion in writing');
  plant(idpOf(done.id), 'Planted: a finished client’s old objective');
  const finished = live.filter((c) => c.status === 'completed' || c.status === 'ended');
  return { book, active: active.name, finished: finished.map((c) => c.name) };
}

/** Every table of the body as rows of cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => wordText(c[1] ?? '')),
    ),
  );
}

async function summaryOf(
  book: Workbook,
): Promise<{ text: string; due: string[][]; waiting: string[][] }> {
  const built = buildDocument(book, { document: 'practice-summary' }, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  const xml = part(docxParts(await Packer.toBuffer(built.value.doc)), 'word/document.xml');
  const all = tables(xml);
  const headed = (header: string): string[][] => all.find((t) => t[0]?.join('|') === header) ?? [];
  return {
    text: wordText(xml),
    due: headed('Date|Status|Client|What|Item'),
    waiting: headed('Sent on|Waiting|Client|Agreement'),
  };
}

describe('what is due, in the practice summary', () => {
  it('has one column per fact, and no column repeating the date or the client', async () => {
    const { due } = await summaryOf(plantedWorkbook().book);
    expect(due[0]).toEqual(['Date', 'Status', 'Client', 'What', 'Item']);
    for (const [date, status, client, , item] of due.slice(1)) {
      expect(item).not.toContain(date);
      expect(status).not.toContain(client);
    }
  });

  it('is sorted by date, the overdue first and marked with how late they are', async () => {
    const { book, active } = plantedWorkbook();
    const { due } = await summaryOf(book);
    const rows = due.slice(1);
    expect(rows[0]).toEqual([
      formatDate(addDays(TODAY, -699), 'D MMMM YYYY').replace(/ /g, '\u00A0'),
      'Overdue by 699 days',
      active,
      'Development objective',
      'Planted: ask for the promotion in writing',
    ]);
    // Each status says how far its date is from today, and the dates only go forward.
    const days = rows.map(([, status = '']) => {
      const late = /^Overdue by (\d+) days?$/.exec(status);
      if (late) return -Number(late[1]);
      if (status === 'Due today') return 0;
      if (status === 'Due tomorrow') return 1;
      return Number(/^Due in (\d+) days$/.exec(status)?.[1] ?? NaN);
    });
    expect(days.every((d) => Number.isFinite(d))).toBe(true);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(days.some((d) => d < 0) && days.some((d) => d >= 0)).toBe(true);
  });

  it('leaves out clients whose coaching is completed or ended', async () => {
    const { book, finished } = plantedWorkbook();
    const { text, due } = await summaryOf(book);
    expect(finished.length).toBeGreaterThan(0);
    const clients = new Set(due.slice(1).map((row) => row[2]));
    for (const name of finished) expect(clients.has(name), name).toBe(false);
    expect(text).not.toContain('a finished client’s old objective');
    expect(text).toContain('Clients whose coaching is completed or ended are left out.');
  });

  it('lists agreements waiting for a signature apart, oldest first', async () => {
    const { book, active } = plantedWorkbook();
    const client = book.clients.find((c) => c.name === active) ?? missing('active client');
    const agreement =
      agreementSeries(book.worksheets, client.id)[0]?.current ?? missing('agreement');
    for (const sheet of book.worksheets) {
      if (sheet.kind === 'agreement' && sheet.status === 'sent') sheet.status = 'signed';
    }
    agreement.status = 'sent';
    agreement.sentOn = addDays(TODAY, -40);
    const { due, waiting } = await summaryOf(book);
    expect(waiting).toEqual([
      ['Sent on', 'Waiting', 'Client', 'Agreement'],
      [
        formatDate(agreement.sentOn, 'D MMMM YYYY').replace(/ /g, '\u00A0'),
        'Sent 40 days ago',
        active,
        agreement.version > 1
          ? `${agreement.title} (version ${agreement.version})`
          : agreement.title,
      ],
    ]);
    expect(due.some((row) => row[4] === agreement.title)).toBe(false);
  });
});
