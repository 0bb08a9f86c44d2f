import { describe, expect, it } from 'vitest';
import { mergeFieldOfWordName } from '../../../src/shared/domain/wordFields';
import { labelsAsKeys } from '../../../src/renderer/src/editors/agreement/writtenFields';

describe('fields written in the fact sheet', () => {
  it('are read by the same rule as fields typed in Word', () => {
    for (const name of ['Client email', 'client e-mail', 'Client E-mail', 'clientEmail', 'Fee']) {
      const key = mergeFieldOfWordName(name);
      expect(key).not.toBeNull();
      expect(labelsAsKeys(`Write to {${name}}.`)).toBe(`Write to {{${key}}}.`);
    }
    expect(labelsAsKeys('{Not a field}')).toBe('{Not a field}');
  });
});
