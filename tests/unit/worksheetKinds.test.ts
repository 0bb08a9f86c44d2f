import { describe, expect, it } from 'vitest';
import {
  CREATABLE_KINDS,
  KINDS_IN_CHAPTER_ORDER,
  WORKSHEET_KIND_SPECS,
  documentLabel,
  emptyWorksheet,
  kindOfDocument,
  kindSpec,
  withSpec,
} from '../../src/shared/kinds';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import { copyWorksheet } from '../../src/main/api/copyWorksheet';
import {
  DOCUMENT_KINDS,
  WORKSHEET_KINDS,
  worksheet,
  type Worksheet,
} from '../../src/shared/schema';

const STAMP = { id: 'ws-new', now: '2026-03-15T10:00:00.000Z' };

/** Every `id` anywhere inside a value, the worksheet's own included. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'id' && typeof inner === 'string' ? [inner] : idsIn(inner),
  );
}

describe('the worksheet kind registry', () => {
  it('has one entry per kind of the schema, each under its own key', () => {
    expect(Object.keys(WORKSHEET_KIND_SPECS).sort()).toEqual([...WORKSHEET_KINDS].sort());
    for (const kind of WORKSHEET_KINDS) expect(kindSpec(kind).kind).toBe(kind);
  });

  it('names every kind and document differently, so a coach can tell them apart', () => {
    const labels = WORKSHEET_KINDS.map((kind) => kindSpec(kind).label);
    expect(new Set(labels).size).toBe(labels.length);
    const documents = DOCUMENT_KINDS.map(documentLabel);
    expect(new Set(documents).size).toBe(documents.length);
    for (const label of [...labels, ...documents]) expect(label.trim()).not.toBe('');
  });

  it('maps each kind to its own document and back; the reports show no single kind', () => {
    for (const kind of WORKSHEET_KINDS) expect(kindOfDocument(kindSpec(kind).document)).toBe(kind);
    expect(kindOfDocument('client-report')).toBeNull();
    expect(kindOfDocument('practice-summary')).toBeNull();
    expect(documentLabel('boundary-map')).toBe('Boundary Map');
  });

  it('orders the client report: the plan first, the agreement last', () => {
    expect(KINDS_IN_CHAPTER_ORDER).toEqual([
      'idp',
      'skills',
      'mentors',
      'boundaryMap',
      'agreement',
    ]);
  });

  it('offers every kind but the agreement to be started from scratch', () => {
    expect(CREATABLE_KINDS).toEqual(['idp', 'skills', 'mentors', 'boundaryMap']);
  });

  it.each(CREATABLE_KINDS)(
    'starts an empty %s the schema accepts, titled with its name',
    (kind) => {
      const sheet = emptyWorksheet(kind, 'client-1', STAMP);
      expect(worksheet.safeParse(sheet).success).toBe(true);
      expect(sheet).toMatchObject({ kind, id: 'ws-new', clientId: 'client-1' });
      expect(sheet.title).toBe(kindSpec(kind).defaultTitle);
      expect(emptyWorksheet(kind, null, STAMP, 'Spring plan').title).toBe('Spring plan');
    },
  );

  it('makes new list items the schema accepts, each with the id it was given', () => {
    const idp = emptyWorksheet('idp', null, STAMP);
    const items = WORKSHEET_KIND_SPECS.idp.items;
    const objective = { ...items.objective('o1'), activities: [items.activity('a1')] };
    const filled = {
      ...idp,
      objectives: [objective],
      progressLog: [items.logEntry('l1', '2026-03-15')],
    };
    expect(worksheet.safeParse(filled).success).toBe(true);
    expect(idsIn(filled)).toEqual(['ws-new', 'o1', 'a1', 'l1']);

    const mentors = emptyWorksheet('mentors', null, STAMP);
    const m = WORKSHEET_KIND_SPECS.mentors.items;
    const person = {
      ...m.candidate('c1'),
      areaIds: ['r1'],
      contactLog: [m.contact('k1', '2026-03-01')],
    };
    expect(
      worksheet.safeParse({ ...mentors, areas: [m.area('r1')], candidates: [person] }).success,
    ).toBe(true);
  });
});

describe('every kind through the registry, on a sample practice', () => {
  const book = generateSampleWorkbook({ clients: 4, seed: 'kinds', today: '2026-03-15' });
  const oneOfEach = WORKSHEET_KINDS.map((kind) => book.worksheets.find((s) => s.kind === kind));

  it('has a worksheet of every kind to try', () => {
    expect(oneOfEach.every((s) => s !== undefined)).toBe(true);
  });

  it.each(
    oneOfEach.filter((s): s is Worksheet => s !== undefined).map((s) => [s.kind, s] as const),
  )('a copy of a %s shares no id with the original and is still valid', (_, sheet) => {
    let n = 0;
    const copy = copyWorksheet(sheet, { id: 'copy', now: STAMP.now }, () => `new-${++n}`);
    expect(worksheet.safeParse(copy).success).toBe(true);
    const before = new Set(idsIn(sheet));
    expect(idsIn(copy).filter((id) => before.has(id))).toEqual([]);
    expect(idsIn(copy)).toHaveLength(before.size);
    expect(copy.title).toBe(`${sheet.title} (copy)`);
  });

  it('sums up each worksheet in one line', () => {
    for (const sheet of oneOfEach) {
      if (sheet === undefined) continue;
      const line = withSpec(sheet, (spec, own) => spec.summary(own, '2026-03-15'));
      expect(line.trim()).not.toBe('');
      expect(line).not.toContain('\n');
    }
  });
});
