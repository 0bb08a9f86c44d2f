import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { emptyWorksheet } from '../../src/shared/kinds';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';
import type { Workbook } from '../../src/shared/schema';
import { docxParts, part, wordText } from '../integration/support/docxParts';

const TODAY = '2026-11-23';
const book = generateSampleWorkbook({ clients: 4, seed: 'build', today: TODAY });
const first = book.clients[0];
if (!first) throw new Error('no client');

async function textOf(
  workbook: Workbook,
  request: Parameters<typeof buildDocument>[1],
): Promise<string> {
  const built = buildDocument(workbook, request, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  return wordText(part(docxParts(await Packer.toBuffer(built.value.doc)), 'word/document.xml'));
}

describe('buildDocument refuses clearly', () => {
  it('a client document without a client', () => {
    const result = buildDocument(book, { document: 'idp' }, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.message).toContain('Choose a client');
    }
  });

  it('an unknown client', () => {
    const result = buildDocument(
      book,
      { document: 'skills', clientId: 'nobody' },
      { today: TODAY },
    );
    expect(!result.ok && result.error.code).toBe('notFound');
  });

  it('a client with no worksheet of that kind, naming the client', () => {
    const bare = structuredClone(book);
    bare.worksheets = bare.worksheets.filter(
      (s) => !(s.clientId === first.id && s.kind === 'mentors'),
    );
    const result = buildDocument(
      bare,
      { document: 'mentors', clientId: first.id },
      { today: TODAY },
    );
    expect(!result.ok && result.error.code).toBe('notFound');
    expect(!result.ok && result.error.message).toBe(`${first.name} has no Mentor List yet.`);
  });

  it('a worksheet of another kind or another client, and a day that is not a date', () => {
    const skills = book.worksheets.find((s) => s.kind === 'skills' && s.clientId === first.id);
    const other = book.worksheets.find(
      (s) => s.kind === 'idp' && s.clientId !== first.id && s.clientId !== null,
    );
    const wrongKind = buildDocument(
      book,
      { document: 'idp', clientId: first.id, worksheetId: skills?.id ?? '' },
      { today: TODAY },
    );
    expect(!wrongKind.ok && wrongKind.error.code).toBe('invalid');
    const wrongClient = buildDocument(
      book,
      { document: 'idp', clientId: first.id, worksheetId: other?.id ?? '' },
      { today: TODAY },
    );
    expect(!wrongClient.ok && wrongClient.error.message).toContain('does not belong');
    const badDay = buildDocument(book, { document: 'practice-summary' }, { today: '2026-02-30' });
    expect(!badDay.ok && badDay.error.code).toBe('invalid');
  });
});

describe('buildDocument picks the right worksheet', () => {
  it('the newest of a kind unless one is named', async () => {
    const copy = structuredClone(book);
    const newer = emptyWorksheet('idp', first.id, {
      id: 'newer-idp',
      now: '2099-01-01T00:00:00.000Z',
    });
    newer.profile.name = 'Newest Plan Person';
    copy.worksheets.push(newer);
    expect(await textOf(copy, { document: 'idp', clientId: first.id })).toContain(
      'Newest Plan Person',
    );
    const older = book.worksheets.find((s) => s.kind === 'idp' && s.clientId === first.id);
    const named = await textOf(copy, {
      document: 'idp',
      clientId: first.id,
      worksheetId: older?.id ?? '',
    });
    expect(named).not.toContain('Newest Plan Person');
  });

  it('the agreement version in force, or the version asked for', () => {
    const withVersions = book.clients
      .map((c) => agreementSeries(book.worksheets, c.id)[0])
      .find((s) => s !== undefined && s.versions.length > 1);
    if (!withVersions) throw new Error('the sample should have an agreement with two versions');
    const { current } = withVersions;
    const built = buildDocument(
      book,
      { document: 'agreement', clientId: current.clientId },
      { today: TODAY },
    );
    expect(built.ok && built.value.version).toBe(current.version);
    const other = withVersions.versions.find((v) => v.id !== current.id);
    const asked = buildDocument(
      book,
      { document: 'agreement', clientId: current.clientId, worksheetId: other?.id ?? '' },
      { today: TODAY },
    );
    expect(asked.ok && asked.value.version).toBe(other?.version);
  });

  it("the client report leaves out the coach's private notes", async () => {
    const copy = structuredClone(book);
    const client = copy.clients[0];
    if (!client) throw new Error('no client');
    client.notes = 'PRIVATE: thinks the fee is too high';
    const text = await textOf(copy, { document: 'client-report', clientId: client.id });
    expect(text).toContain(client.name);
    expect(text).not.toContain('PRIVATE');
  }, 30_000); // numbering the contents lays out every page

  it('the practice summary counts no archived client', async () => {
    const copy = structuredClone(book);
    const archived = copy.clients[1];
    if (!archived) throw new Error('no client');
    archived.archivedAt = '2026-01-01T00:00:00.000Z';
    const text = await textOf(copy, { document: 'practice-summary' });
    expect(text).not.toContain(archived.name);
    expect(text).toContain('1 archived');
  });
});
