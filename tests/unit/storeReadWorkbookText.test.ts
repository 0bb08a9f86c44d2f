import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbookText } from '../../src/main/store';
import { emptyWorkbook } from '../../src/shared/domain/emptyRecords';
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/schema';

const valid = () => {
  const book = emptyWorkbook();
  book.practice.coachName = 'Helen';
  book.clients.push({
    id: 'c1',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    name: 'Ana',
    email: '',
    phone: '',
    organization: '',
    role: '',
    status: 'active',
    referralSource: '',
    idealClientFit: 'unknown',
    startDate: null,
    yearlyCheckInDate: null,
    notes: '',
    archivedAt: null,
  });
  return book;
};
const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('readWorkbookText', () => {
  it('reads a valid current file', () => {
    const reading = readWorkbookText(text(valid()));
    expect(reading).toMatchObject({
      kind: 'valid',
      migrated: false,
      fromVersion: CURRENT_SCHEMA_VERSION,
    });
    if (reading.kind === 'valid') expect(reading.workbook).toEqual(valid());
  });

  it('migrates a version-2 file (a single file from before workbooks were folders)', () => {
    const reading = readWorkbookText(text({ ...valid(), schemaVersion: 2 }));
    expect(reading).toMatchObject({ kind: 'valid', migrated: true, fromVersion: 2 });
    if (reading.kind === 'valid') expect(reading.workbook).toEqual(valid());
  });

  it('migrates the frozen version-1 file', () => {
    const v1 = readFileSync(new URL('../fixtures/workbook-v1.json', import.meta.url), 'utf8');
    expect(readWorkbookText(v1)).toMatchObject({ kind: 'valid', migrated: true, fromVersion: 1 });
  });

  it('accepts a byte-order mark added by a text editor', () => {
    expect(readWorkbookText(`\uFEFF${text(valid())}`).kind).toBe('valid');
  });

  it.each(['', '   \n'])('says an empty file is empty (%j)', (body) => {
    expect(readWorkbookText(body)).toEqual({ kind: 'unparseable', message: 'The file is empty.' });
  });

  it.each([0.2, 0.5, 0.9, 0.999])(
    'says a file cut off at %d of its length is truncated',
    (share) => {
      const full = text(valid());
      const reading = readWorkbookText(full.slice(0, Math.floor(full.length * share)));
      expect(reading.kind).toBe('unparseable');
      if (reading.kind === 'unparseable')
        expect(reading.message).toMatch(/ends too early \(truncated\?\)/);
    },
  );

  it('points at the line of damage in the middle of a file', () => {
    const damaged = text(valid()).replace('"clients": [', '"clients": [,');
    const reading = readWorkbookText(damaged);
    expect(reading.kind).toBe('unparseable');
    const line = damaged.split('\n').findIndex((l) => l.includes('"clients": [,')) + 1;
    if (reading.kind === 'unparseable') expect(reading.message).toContain(`near line ${line}`);
  });

  it('names the field of a hand edit that breaks the schema', () => {
    const edited = valid();
    const raw = JSON.parse(text(edited)) as { clients: { status: string }[] };
    raw.clients[0] = { ...raw.clients[0], status: 'vip' };
    const reading = readWorkbookText(text(raw));
    expect(reading.kind).toBe('invalid');
    if (reading.kind !== 'invalid') return;
    expect(reading.problems.map((p) => p.path)).toEqual(['clients.0.status']);
    expect(reading.message).toContain('clients.0.status');
  });

  it('calls a file without a version unknown', () => {
    const versionless: Partial<ReturnType<typeof valid>> = valid();
    delete versionless.schemaVersion;
    expect(readWorkbookText(text(versionless)).kind).toBe('unknownVersion');
  });

  it('shows a newer file when it still fits, and says why when it does not', () => {
    const newer = { ...valid(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const fits = readWorkbookText(text(newer));
    expect(fits).toMatchObject({ kind: 'newer', fromVersion: CURRENT_SCHEMA_VERSION + 1 });
    if (fits.kind === 'newer') expect(fits.preview?.clients[0]?.name).toBe('Ana');

    const reshaped = readWorkbookText(text({ ...newer, goals: [] }));
    expect(reshaped).toMatchObject({ kind: 'newer', preview: null });
    if (reshaped.kind === 'newer') expect(reshaped.previewMessage).toMatch(/update/i);
  });
});
