import { describe, expect, it } from 'vitest';
import {
  MERGE_FIELD_KEYS,
  MERGE_FIELDS,
  type MergeFieldKey,
} from '../../../src/shared/catalogue/mergeFields';
import {
  mergeFieldGroups,
  withValue,
} from '../../../src/renderer/src/editors/agreement/mergeFieldText';

describe('withValue (per-client merge values and template defaults)', () => {
  const keys: readonly MergeFieldKey[] = MERGE_FIELD_KEYS;

  it('removes the key when the value is cleared, so the field falls back to its source', () => {
    const next = withValue({ fee: 'GBP 150', clientName: 'Dana' }, keys, 'fee', undefined);
    expect(next).toEqual({ clientName: 'Dana' });
    expect('fee' in next).toBe(false);
  });

  it('sets a value and keeps the others, including deliberately empty ones', () => {
    expect(withValue({ coachPhone: '' }, keys, 'fee', 'GBP 150')).toEqual({
      coachPhone: '',
      fee: 'GBP 150',
    });
  });
});

describe('mergeFieldGroups', () => {
  it('offers every merge field exactly once, grouped by where its value comes from', () => {
    const groups = mergeFieldGroups();
    const offered = groups.flatMap((group) => group.fields.map((field) => field.key));
    expect(offered.sort()).toEqual(MERGE_FIELDS.map((field) => field.key).sort());
    for (const group of groups) {
      expect(group.fields.every((field) => field.source === group.source)).toBe(true);
    }
  });
});
