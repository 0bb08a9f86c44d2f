import { describe, expect, it } from 'vitest';
import * as labels from '../../src/shared/catalogue/labels';
import { CLIENT_STATUSES } from '../../src/shared/schema';

const tables = Object.entries(labels).filter(
  (entry): entry is [string, Record<string, string>] =>
    entry[0].endsWith('_LABELS') && typeof entry[1] === 'object',
);

describe('labels', () => {
  it('covers the schema enums', () => {
    expect(tables.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(labels.CLIENT_STATUS_LABELS)).toEqual([...CLIENT_STATUSES]);
  });

  it.each(tables)('%s: every label is written out and tells its value apart', (_, table) => {
    const values = Object.values(table);
    for (const label of values) expect(label.trim()).not.toBe('');
    expect(new Set(values).size).toBe(values.length);
  });

  it('turns an enum into select options in schema order', () => {
    expect(labels.optionsOf(CLIENT_STATUSES, labels.CLIENT_STATUS_LABELS).slice(0, 2)).toEqual([
      { value: 'prospect', label: 'Prospect' },
      { value: 'active', label: 'Active' },
    ]);
  });
});
