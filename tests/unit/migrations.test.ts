import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workbook } from '../../src/shared/schema';
import { MIGRATIONS, migrateToCurrent } from '../../src/main/store/migrations';

const V1_TEXT = readFileSync(new URL('../fixtures/workbook-v1.json', import.meta.url), 'utf8');
type V1 = {
  agreements: Record<string, unknown>[];
  worksheets: Record<string, unknown>[];
  [key: string]: unknown;
};
const v1 = (): V1 => JSON.parse(V1_TEXT) as V1;

describe('migrateToCurrent', () => {
  it('has one step per version, in order, up to the current version', () => {
    expect(MIGRATIONS.map((step) => step.to)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('folds the version-1 agreements into worksheets, and the result validates', () => {
    const outcome = migrateToCurrent(v1());
    expect(outcome.kind).toBe('migrated');
    if (outcome.kind !== 'migrated') return;
    expect(outcome.fromVersion).toBe(1);
    const parsed = workbook.safeParse(outcome.data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const book = workbook.parse(outcome.data);
    expect(book.schemaVersion).toBe(3);
    expect(book).not.toHaveProperty('agreements');
    const agreements = book.worksheets.filter((sheet) => sheet.kind === 'agreement');
    expect(agreements.map((a) => [a.id, a.status])).toEqual([
      ['ag_ana_v1', 'signed'],
      ['ag_ben_v1', 'draft'],
    ]);
  });

  it('loses nothing: every other part and every agreement field is carried over as it was', () => {
    const before = v1();
    const outcome = migrateToCurrent(before);
    if (outcome.kind !== 'migrated') throw new Error(`expected migrated, got ${outcome.kind}`);
    const after = workbook.parse(outcome.data);
    const { agreements, worksheets, schemaVersion, ...rest } = before;
    expect(schemaVersion).toBe(1);
    expect(after).toMatchObject(rest);
    expect(after.worksheets).toEqual([
      ...worksheets,
      ...agreements.map((agreement) => ({ ...agreement, kind: 'agreement' })),
    ]);
  });

  it('is pure: the input is left untouched', () => {
    const input = v1();
    migrateToCurrent(input);
    expect(input).toEqual(v1());
  });

  it('leaves a current file as it is', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION, clients: [] };
    expect(migrateToCurrent(data)).toEqual({ kind: 'current', data, fromVersion: 3 });
  });

  it('migrates a version-2 file by its version alone: every record is carried over as it was', () => {
    const first = migrateToCurrent(v1());
    if (first.kind !== 'migrated') throw new Error(`expected migrated, got ${first.kind}`);
    const v2 = { ...workbook.parse(first.data), schemaVersion: 2 };
    const before = structuredClone(v2);
    const outcome = migrateToCurrent(v2);
    expect(outcome).toEqual({
      kind: 'migrated',
      data: { ...v2, schemaVersion: 3 },
      fromVersion: 2,
    });
    expect(v2).toEqual(before);
    if (outcome.kind === 'migrated') expect(workbook.safeParse(outcome.data).success).toBe(true);
  });

  it('refuses to touch a file from a newer version', () => {
    expect(migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({
      kind: 'newer',
      fromVersion: CURRENT_SCHEMA_VERSION + 1,
    });
  });

  it.each([
    ['no version', { clients: [] }],
    ['a text version', { schemaVersion: '2' }],
    ['a fractional version', { schemaVersion: 1.5 }],
    ['version zero', { schemaVersion: 0 }],
    ['an array', [1, 2]],
    ['null', null],
    ['a number', 42],
  ])('calls %s unknown, with a message', (_, data) => {
    const outcome = migrateToCurrent(data);
    expect(outcome.kind).toBe('unknown');
    if (outcome.kind === 'unknown') expect(outcome.message.length).toBeGreaterThan(10);
  });

  it('does not guess when a version-1 file has a broken agreements list: validation names it', () => {
    const broken = { ...v1(), agreements: 'lost' };
    const outcome = migrateToCurrent(broken);
    if (outcome.kind !== 'migrated') throw new Error('expected migrated');
    const parsed = workbook.safeParse(outcome.data);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('agreements');
  });
});
