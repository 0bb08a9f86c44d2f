import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, workbook } from '../../src/shared/schema';
import {
  MIGRATIONS,
  PART_MIGRATIONS,
  migratePartToCurrent,
  migrateToCurrent,
} from '../../src/main/store/migrations';
import { clientPart, coachPart, mainPart } from '../../src/main/store/partFiles';
import { richText, richTextFromPlain, richTextToPlain } from '../../src/shared/richText';

const V1_TEXT = readFileSync(new URL('../fixtures/workbook-v1.json', import.meta.url), 'utf8');
type V1 = {
  agreements: Record<string, unknown>[];
  worksheets: Record<string, unknown>[];
  [key: string]: unknown;
};
const v1 = (): V1 => JSON.parse(V1_TEXT) as V1;

/** Plain clause bodies as version 5 keeps them: rich text read line by line. */
function richClauses(clauses: unknown): unknown {
  if (!Array.isArray(clauses)) return clauses;
  return (clauses as Record<string, unknown>[]).map((clause) =>
    typeof clause.body === 'string' ? { ...clause, body: richTextFromPlain(clause.body) } : clause,
  );
}

/** A part or workbook with every plain clause body (template and agreements) made rich. */
function withRichBodies(data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  const template = data.agreementTemplate as Record<string, unknown> | undefined;
  if (template !== undefined)
    out.agreementTemplate = { ...template, clauses: richClauses(template.clauses) };
  if (Array.isArray(data.worksheets)) {
    out.worksheets = (data.worksheets as Record<string, unknown>[]).map((sheet) =>
      sheet.kind === 'agreement' ? { ...sheet, clauses: richClauses(sheet.clauses) } : sheet,
    );
  }
  return out;
}

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
    expect(book.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
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
    expect(after).toMatchObject(withRichBodies(rest));
    expect(after.worksheets).toEqual([
      ...worksheets,
      ...agreements.map((agreement) => ({
        ...agreement,
        kind: 'agreement',
        clauses: richClauses(agreement.clauses),
      })),
    ]);
  });

  it('is pure: the input is left untouched', () => {
    const input = v1();
    migrateToCurrent(input);
    expect(input).toEqual(v1());
  });

  it('leaves a current file as it is', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(5);
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION, clients: [] };
    expect(migrateToCurrent(data)).toEqual({ kind: 'current', data, fromVersion: 5 });
  });

  it('migrates a version-2 file by its version alone: every record is carried over as it was', () => {
    const first = migrateToCurrent(v1());
    if (first.kind !== 'migrated') throw new Error(`expected migrated, got ${first.kind}`);
    const v2 = { ...workbook.parse(first.data), schemaVersion: 2 };
    const before = structuredClone(v2);
    const outcome = migrateToCurrent(v2);
    expect(outcome).toEqual({
      kind: 'migrated',
      data: { ...v2, schemaVersion: CURRENT_SCHEMA_VERSION },
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

/** The files of a workbook folder as version 3 wrote them (a one-client sample). */
const V3_PARTS = [
  ['workbook.json', mainPart],
  ['coach.json', coachPart],
  ['clients/c-0001.json', clientPart],
] as const;
const v3Part = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/workbook-v3/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('migratePartToCurrent (one file of a workbook folder)', () => {
  it('has one step per version since workbooks became folders (version 3)', () => {
    expect(PART_MIGRATIONS.map((step) => step.to)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 3 }, (_, i) => i + 4),
    );
  });

  it.each(V3_PARTS)(
    'brings the frozen version-3 %s up to date: every record as it was, and it validates',
    (name, schema) => {
      const before = v3Part(name);
      const outcome = migratePartToCurrent(before);
      expect(outcome).toEqual({
        kind: 'migrated',
        data: { ...withRichBodies(before), schemaVersion: CURRENT_SCHEMA_VERSION },
        fromVersion: 3,
      });
      if (outcome.kind !== 'migrated') return;
      expect(schema.safeParse(outcome.data).error?.issues ?? []).toEqual([]);
      expect(before).toEqual(v3Part(name));
    },
  );

  it('gives a version-3 client no sponsor report choice: the defaults apply until one is made', () => {
    const outcome = migratePartToCurrent(v3Part('clients/c-0001.json'));
    if (outcome.kind !== 'migrated') throw new Error(`expected migrated, got ${outcome.kind}`);
    const part = clientPart.parse(outcome.data);
    expect(part.client.name).toBe('Mary Kowalczyk');
    expect(part.client.sponsorReport).toBeUndefined();
  });

  it('refuses a file from a newer version, and knows no file older than the folder format', () => {
    expect(migratePartToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({
      kind: 'newer',
      fromVersion: CURRENT_SCHEMA_VERSION + 1,
    });
    expect(migratePartToCurrent({ schemaVersion: 2, client: {} }).kind).toBe('unknown');
  });
});

describe('clause text becomes rich text (schema 4 → 5)', () => {
  it('reads a frozen version-3 agreement the way it was typed: paragraphs, lists and fields', () => {
    const outcome = migratePartToCurrent(v3Part('clients/c-0001.json'));
    if (outcome.kind !== 'migrated') throw new Error(`expected migrated, got ${outcome.kind}`);
    const part = clientPart.parse(outcome.data);
    const agreement = part.worksheets.find((sheet) => sheet.kind === 'agreement');
    if (agreement?.kind !== 'agreement') throw new Error('the fixture has an agreement');
    const before = (v3Part('clients/c-0001.json').worksheets as Record<string, unknown>[]).find(
      (sheet) => sheet.kind === 'agreement',
    );
    const plain = (before?.clauses as { id: string; body: string }[]).map((c) => c.body);
    // Nothing is lost: the text reads back as it was typed, bar blank lines.
    expect(agreement.clauses.map((c) => richTextToPlain(c.body))).toEqual(
      plain.map((body) =>
        body
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => line.trim().replace(/^[•·*\-–]\s+/, '• '))
          .join('\n'),
      ),
    );
    const services = agreement.clauses.find((c) => c.id === 'services');
    expect(services?.body.content.map((block) => block.type)).toContain('bulletList');
  });

  it('makes lines into paragraphs, • lines into a list, numbers into a numbered list, fields into fields', () => {
    expect(
      richTextFromPlain('Your plan:\n• {{fee}} each\n\n• {{oops}} stays\n3) third\n4. fourth\nEnd'),
    ).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Your plan:' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'mergeField', attrs: { key: 'fee' } },
                    { type: 'text', text: ' each' },
                  ],
                },
              ],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '{{oops}} stays' }] }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'third' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fourth' }] }],
            },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'End' }] },
      ],
    });
  });

  it('keeps every clause a version-4 file could hold valid: thousands of lines, a long list', () => {
    const lines = Array.from({ length: 6_000 }, (_, i) => `Line ${i}`).join('\n');
    const bullets = Array.from({ length: 6_000 }, (_, i) => `• item ${i}`).join('\n');
    for (const body of [lines, bullets, '2024. A year, not a list']) {
      const rich = richTextFromPlain(body);
      expect(richText.safeParse(rich).error?.issues ?? []).toEqual([]);
      expect(richTextToPlain(rich)).toBe(body);
    }
    expect(richTextFromPlain('2024. A year, not a list').content[0]?.type).toBe('paragraph');
  });

  it('carries a body that is not text over as it was, so validation names it', () => {
    const odd = {
      schemaVersion: 4,
      worksheets: [{ kind: 'agreement', clauses: [{ id: 'a', title: '', body: 7 }] }],
    };
    const outcome = migrateToCurrent(odd);
    if (outcome.kind !== 'migrated') throw new Error(`expected migrated, got ${outcome.kind}`);
    expect(outcome.data).toEqual({ ...odd, schemaVersion: 5 });
  });
});
