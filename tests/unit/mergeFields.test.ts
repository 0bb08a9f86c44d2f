import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { richTextFromPlain, richTextToPlain } from '../../src/shared/richText';
import { MERGE_FIELDS, MERGE_FIELD_PATTERN } from '../../src/shared/catalogue/mergeFields';
import {
  EMPTY_CLIENT_DRAFT,
  EMPTY_PRACTICE,
  newClient,
} from '../../src/shared/domain/emptyRecords';
import {
  MERGE_BLANK,
  fillClauses,
  fillMergeFields,
  mergeFieldsUsed,
  mergeValuesFor,
  unknownMergeFields,
  type MergeSources,
} from '../../src/shared/domain/mergeFields';

const client = newClient(
  {
    ...EMPTY_CLIENT_DRAFT,
    name: 'Alex Chen',
    email: 'alex@example.com',
    organization: 'Northwind',
    startDate: '2025-04-01',
  },
  { id: 'c1', now: '2025-03-01T12:00:00.000Z' },
);

const practice = {
  ...EMPTY_PRACTICE,
  coachName: 'Sam Rivera',
  businessName: 'Clear Path Coaching',
  email: 'sam@clearpath.example',
  phone: '+1 555 0100',
};

function sources(overrides: Partial<MergeSources> = {}): MergeSources {
  return {
    agreement: { mergeValues: {}, sentOn: '2025-03-10', createdAt: '2025-03-02T12:00:00.000Z' },
    client,
    practice,
    template: { defaults: { fee: 'USD 250 per session', cancellationNotice: '24 hours' } },
    dateFormat: 'D MMMM YYYY',
    ...overrides,
  };
}

describe('mergeValuesFor', () => {
  it('takes each field from its source', () => {
    const values = mergeValuesFor(sources());
    expect(values.clientName).toBe('Alex Chen');
    expect(values.clientOrganization).toBe('Northwind');
    expect(values.clientEmail).toBe('alex@example.com');
    expect(values.startDate).toBe('1 April 2025');
    expect(values.coachName).toBe('Sam Rivera');
    expect(values.businessName).toBe('Clear Path Coaching');
    expect(values.coachEmail).toBe('sam@clearpath.example');
    expect(values.coachPhone).toBe('+1 555 0100');
    expect(values.fee).toBe('USD 250 per session');
    expect(values.cancellationNotice).toBe('24 hours');
    expect(values.agreementDate).toBe('10 March 2025');
    expect(values.responseTime).toBe('');
  });

  it('gives every known field a value, even with no client and no agreement', () => {
    const values = mergeValuesFor(sources({ agreement: null, client: null }));
    expect(Object.keys(values).sort()).toEqual(MERGE_FIELDS.map((f) => f.key).sort());
    expect(values.clientName).toBe('');
    expect(values.agreementDate).toBe('');
  });

  it('dates the agreement from its creation until it is sent, in words', () => {
    const values = mergeValuesFor(
      sources({
        agreement: { mergeValues: {}, sentOn: null, createdAt: '2025-03-02T12:00:00.000Z' },
        dateFormat: 'DD/MM/YYYY',
      }),
    );
    expect(values.agreementDate).toBe('2 March 2025');
    expect(values.startDate).toBe('1 April 2025');
  });

  it('writes dates in words whatever the numeric date format: month first in the US style', () => {
    const us = mergeValuesFor(sources({ dateFormat: 'MM/DD/YYYY' }));
    expect(us.agreementDate).toBe('March 10, 2025');
    expect(us.startDate).toBe('April 1, 2025');
    const iso = mergeValuesFor(sources({ dateFormat: 'YYYY-MM-DD' }));
    expect(iso.agreementDate).toBe('10 March 2025');
  });

  it("lets the agreement's own values win over every source, even an empty one", () => {
    const values = mergeValuesFor(
      sources({
        agreement: {
          mergeValues: { clientName: 'Alexandra Chen', fee: 'USD 200', coachPhone: '' },
          sentOn: null,
          createdAt: '2025-03-02T12:00:00.000Z',
        },
      }),
    );
    expect(values.clientName).toBe('Alexandra Chen');
    expect(values.fee).toBe('USD 200');
    expect(values.coachPhone).toBe('');
    expect(values.coachName).toBe('Sam Rivera');
  });
});

describe('fillMergeFields', () => {
  const values = mergeValuesFor(sources());

  it('fills known fields, the same one twice, with or without spaces in the braces', () => {
    const result = fillMergeFields('Dear {{clientName}}, yes {{ clientName }}: {{fee}}.', values);
    expect(result.text).toBe('Dear Alex Chen, yes Alex Chen: USD 250 per session.');
    expect(result.missing).toEqual([]);
    expect(result.unknown).toEqual([]);
  });

  it('prints an empty field as a line to fill in by hand, and reports it once', () => {
    const result = fillMergeFields(
      'Reply within {{responseTime}}; again {{responseTime}}.',
      values,
    );
    expect(result.text).toBe(`Reply within ${MERGE_BLANK}; again ${MERGE_BLANK}.`);
    expect(result.missing).toEqual(['responseTime']);
  });

  it('treats a value of only spaces as empty', () => {
    const result = fillMergeFields('{{fee}}', { fee: '   ' });
    expect(result.text).toBe(MERGE_BLANK);
    expect(result.missing).toEqual(['fee']);
  });

  it('leaves an unknown field readable and reports it', () => {
    const result = fillMergeFields('Hello {{clientNmae}} and {{clientNmae}}', values);
    expect(result.text).toBe('Hello {{clientNmae}} and {{clientNmae}}');
    expect(result.unknown).toEqual(['clientNmae']);
  });

  it('does not read merge fields inside the values it inserts', () => {
    const result = fillMergeFields('{{clientName}}', { clientName: 'The {{fee}} Company' });
    expect(result.text).toBe('The {{fee}} Company');
  });

  it('is not thrown off by the shared global pattern', () => {
    // A caller that used the global pattern leaves lastIndex behind; we must not depend on it.
    MERGE_FIELD_PATTERN.lastIndex = 5;
    expect(fillMergeFields('{{clientName}}', values).text).toBe('Alex Chen');
    expect(fillMergeFields('{{clientName}}', values).text).toBe('Alex Chen');
    MERGE_FIELD_PATTERN.lastIndex = 0;
  });

  it('never leaves a known field in its output (property)', () => {
    const key = fc.constantFrom(...MERGE_FIELDS.map((f) => f.key));
    const plain = fc.string({ maxLength: 20 }).filter((s) => !s.includes('{') && !s.includes('}'));
    const piece = fc.oneof(
      plain,
      key.map((k) => `{{${k}}}`),
      key.map((k) => `{{ ${k} }}`),
    );
    const values = fc.dictionary(key, plain);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), values, (pieces, vals) => {
        const text = pieces.join('');
        const result = fillMergeFields(text, vals);
        expect(mergeFieldsUsed(result.text)).toEqual([]);
        for (const k of result.missing) expect((vals[k] ?? '').trim()).toBe('');
      }),
    );
  });
});

describe('fillClauses', () => {
  it('fills titles and bodies and gathers what is missing across clauses', () => {
    const result = fillClauses(
      [
        {
          id: 'a',
          title: 'For {{clientName}}',
          body: richTextFromPlain('Fee {{fee}}, reply in {{responseTime}}'),
        },
        { id: 'b', title: 'Notice {{oops}}', body: richTextFromPlain('{{endingNotice}} and more') },
      ],
      mergeValuesFor(sources()),
    );
    expect(result.clauses[0]?.title).toBe('For Alex Chen');
    const body = result.clauses[0] === undefined ? '' : richTextToPlain(result.clauses[0].body);
    expect(body).toBe(`Fee USD 250 per session, reply in ${MERGE_BLANK}`);
    expect(result.missing).toEqual(['responseTime', 'endingNotice']);
    expect(result.unknown).toEqual(['oops']);
  });
});

describe('mergeFieldsUsed and unknownMergeFields', () => {
  it('list each name once in order of first use, and tell known from unknown', () => {
    const text = '{{fee}} {{clientName}} {{fee}} {{feee}} {{ coachName }}';
    expect(mergeFieldsUsed(text)).toEqual(['fee', 'clientName', 'coachName']);
    expect(unknownMergeFields(text)).toEqual(['feee']);
    expect(mergeFieldsUsed('no fields here, { nor } {{ 1x }}')).toEqual([]);
  });
});
