import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENT_TEMPLATE } from '../../src/shared/catalogue/defaultTemplate';
import { richTextToPlain } from '../../src/shared/richText';
import {
  DEFAULT_MERGE_FIELD_KEYS,
  type MergeFieldKey,
} from '../../src/shared/catalogue/mergeFields';
import { agreementTemplate } from '../../src/shared/schema';
import {
  EMPTY_CLIENT_DRAFT,
  EMPTY_PRACTICE,
  newClient,
} from '../../src/shared/domain/emptyRecords';
import {
  fillClauses,
  mergeFieldsUsed,
  mergeValuesFor,
  unknownMergeFields,
} from '../../src/shared/domain/mergeFields';

const template = DEFAULT_AGREEMENT_TEMPLATE;
const allText = [
  template.title,
  template.factSheet,
  ...template.clauses.flatMap((c) => [c.title, richTextToPlain(c.body)]),
].join('\n');

describe('the default agreement template', () => {
  it('is a valid template', () => {
    const parsed = agreementTemplate.safeParse(template);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('has one clause per section a policies and procedures agreement covers, in order', () => {
    expect(template.clauses.map((c) => c.id)).toEqual([
      'parties',
      'services',
      'fees',
      'scheduling',
      'communication',
      'confidentiality',
      'nature-of-coaching',
      'client-responsibilities',
      'changes',
      'ending',
      'acceptance',
    ]);
    for (const clause of template.clauses) {
      expect(clause.title.trim()).not.toBe('');
      expect(richTextToPlain(clause.body).trim().length).toBeGreaterThan(60);
    }
  });

  it('says what each section must say', () => {
    const body = (id: string): string => {
      const clause = template.clauses.find((c) => c.id === id);
      return clause === undefined ? '' : richTextToPlain(clause.body);
    };
    expect(body('services')).toMatch(/\{\{sessionLength\}\}[\s\S]*\{\{sessionFrequency\}\}/);
    expect(body('services')).toContain('{{sessionMedium}}');
    expect(body('fees')).toContain('{{fee}}');
    expect(body('fees')).toContain('{{paymentTerms}}');
    expect(body('scheduling')).toContain('{{cancellationNotice}}');
    expect(body('scheduling')).toMatch(/without notice/);
    expect(body('communication')).toContain('{{responseTime}}');
    expect(body('communication')).toContain('{{contactHours}}');
    expect(body('confidentiality')).toMatch(/law requires/);
    expect(body('nature-of-coaching')).toMatch(/not therapy/);
    expect(body('nature-of-coaching')).toMatch(/your own decisions/);
    expect(body('changes')).toMatch(/only in writing/);
    expect(body('ending')).toContain('{{endingNotice}}');
  });

  it('uses no unknown merge field, and has an example default for every practice-wide one', () => {
    expect(unknownMergeFields(allText)).toEqual([]);
    for (const key of DEFAULT_MERGE_FIELD_KEYS) {
      expect(template.defaults[key]?.trim(), key).toBeTruthy();
    }
    const used = new Set(mergeFieldsUsed(allText));
    const personal: MergeFieldKey[] = [
      'clientName',
      'coachName',
      'businessName',
      'startDate',
      'agreementDate',
    ];
    for (const key of personal) expect(used.has(key), key).toBe(true);
  });

  it('fills completely for a client with a complete record', () => {
    const client = newClient(
      { ...EMPTY_CLIENT_DRAFT, name: 'Alex Chen', startDate: '2025-04-01' },
      { id: 'c1', now: '2025-03-01T12:00:00.000Z' },
    );
    const values = mergeValuesFor({
      agreement: { mergeValues: {}, sentOn: '2025-03-10', createdAt: '2025-03-02T12:00:00.000Z' },
      client,
      practice: {
        ...EMPTY_PRACTICE,
        coachName: 'Sam Rivera',
        businessName: 'Clear Path',
        email: 'sam@example.com',
      },
      template,
      dateFormat: 'D MMMM YYYY',
    });
    const filled = fillClauses(template.clauses, values);
    expect(filled.missing).toEqual([]);
    expect(filled.unknown).toEqual([]);
    const parties = filled.clauses[0] === undefined ? '' : richTextToPlain(filled.clauses[0].body);
    expect(parties).toContain('Alex Chen');
    expect(parties).toContain('1 April 2025');
  });

  it('has a fact sheet on what to expect', () => {
    expect(template.factSheet).toMatch(/first session/i);
    expect(template.factSheet.split('\n').length).toBeGreaterThanOrEqual(4);
  });
});
