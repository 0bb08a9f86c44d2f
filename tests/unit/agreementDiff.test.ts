import { describe, expect, it } from 'vitest';
import { agreementWorksheet, type AgreementWorksheet, type Clause } from '../../src/shared/schema';
import { agreementDiff } from '../../src/shared/domain/agreementDiff';
import { diffSummary } from '../../src/shared/domain/agreementDiffSummary';
import { partLines, wordParts } from '../../src/shared/domain/textDiff';
import { richTextFromPlain } from '../../src/shared/richText';

/** A clause as the coach would type it: lines, "•" and "1." lists, `{{fields}}`. */
function clause(id: string, title: string, text: string): Clause {
  return { id, title, body: richTextFromPlain(text) };
}

function version(
  version: number,
  clauses: Clause[],
  extra: Partial<AgreementWorksheet> = {},
): AgreementWorksheet {
  return agreementWorksheet.parse({
    id: `v${version}`,
    createdAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    title: 'Coaching Agreement',
    kind: 'agreement',
    clientId: 'c1',
    seriesId: 's1',
    version,
    status: version === 1 ? 'signed' : 'draft',
    clauses,
    mergeValues: {},
    factSheet: { include: false, body: '' },
    sentOn: version === 1 ? '2026-10-01' : null,
    signedOn: version === 1 ? '2026-10-03' : null,
    clientSignerName: 'Alex Chen',
    coachSignerName: 'Sam Rivera',
    previousVersionId: version === 1 ? null : 'v1',
    supersededById: null,
    ...extra,
  });
}

const sources = {
  client: { name: 'Alex Chen', organization: 'Acme', email: '', startDate: '2026-10-05' },
  practice: { coachName: 'Sam Rivera', businessName: 'Rivera Coaching', email: '', phone: '' },
  template: { defaults: { fee: '£100' } },
  dateFormat: 'DD/MM/YYYY' as const,
};

const v1 = version(
  1,
  [
    clause('parties', 'Parties', 'This agreement is between {{clientName}} and {{coachName}}.'),
    clause(
      'fees',
      'Fees',
      'Each session costs {{fee}}, paid monthly.\n• By bank transfer\n• By card',
    ),
    clause('therapy', 'Not therapy', 'Coaching is not therapy.'),
    clause('ending', 'Ending', 'Either of us can end the coaching with two weeks notice.'),
  ],
  { mergeValues: { fee: '£120' } },
);

const v2 = version(
  2,
  [
    clause('parties', 'Parties', 'This agreement is between  {{clientName}} and {{coachName}}. '),
    // Copied from v1 under another id (pasted back in): matched by its title.
    clause('fees-copy', 'Fees', 'Each session costs {{fee}}, paid in advance.\n• By bank transfer'),
    clause('online', 'Online sessions', 'Sessions happen by video call.'),
    clause(
      'ending',
      'Ending the coaching',
      'Either of us can end the coaching with one month notice.',
    ),
    clause('blank', '', ''),
  ],
  { mergeValues: { fee: '£140' } },
);

describe('agreementDiff', () => {
  const diff = agreementDiff(v1, v2, sources);

  it('places each clause in the new order, the removed one where it was', () => {
    expect(diff.clauses.map((c) => [c.status, c.number, c.title])).toEqual([
      ['unchanged', 1, 'Parties'],
      ['changed', 2, 'Fees'],
      ['removed', 3, 'Not therapy'],
      ['added', 3, 'Online sessions'],
      ['changed', 4, 'Ending the coaching'],
    ]);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 2, unchanged: 1 });
  });

  it('marks the words, reading merge fields by their labels, list items and all', () => {
    const fees = diff.clauses[1];
    expect(fees?.parts).toEqual([
      { kind: 'same', text: 'Each session costs [Fee], paid ' },
      { kind: 'removed', text: 'monthly' },
      { kind: 'added', text: 'in advance' },
      { kind: 'same', text: '.\n• By bank transfer\n' },
      { kind: 'removed', text: '• By card' },
    ]);
    expect(fees && partLines(fees.parts)).toEqual([
      [
        { kind: 'same', text: 'Each session costs [Fee], paid ' },
        { kind: 'removed', text: 'monthly' },
        // A space between, so "monthlyin advance" never reads as one word.
        { kind: 'same', text: ' ' },
        { kind: 'added', text: 'in advance' },
        { kind: 'same', text: '.' },
      ],
      [{ kind: 'same', text: '• By bank transfer' }],
      [{ kind: 'removed', text: '• By card' }],
    ]);
  });

  it('shows a changed title and the words of a changed sentence', () => {
    const ending = diff.clauses[4];
    expect(ending?.previousTitle).toBe('Ending');
    expect(ending?.titleParts).toEqual([
      { kind: 'same', text: 'Ending ' },
      { kind: 'added', text: 'the coaching' },
    ]);
    expect(ending?.parts).toEqual([
      { kind: 'same', text: 'Either of us can end the coaching with ' },
      { kind: 'removed', text: 'two weeks' },
      { kind: 'added', text: 'one month' },
      { kind: 'same', text: ' notice.' },
    ]);
  });

  it('gives added and removed clauses whole, and the changed values', () => {
    expect(diff.clauses[3]?.parts).toEqual([
      { kind: 'added', text: 'Sessions happen by video call.' },
    ]);
    expect(diff.clauses[2]?.parts).toEqual([{ kind: 'removed', text: 'Coaching is not therapy.' }]);
    expect(diff.values).toEqual([{ key: 'fee', label: 'Fee', before: '£120', after: '£140' }]);
    expect(diff.title).toBeNull();
    expect(diff.factSheet).toBeNull();
    expect(diffSummary(diff)).toBe('2 clauses changed, 1 added, 1 removed; the fee changed.');
  });

  it('finds nothing in a fresh copy, whatever the spacing', () => {
    const copy = version(2, v1.clauses, { mergeValues: { fee: '£120 ' } });
    const same = agreementDiff(v1, copy, sources);
    expect(same.clauses.every((c) => c.status === 'unchanged')).toBe(true);
    expect(diffSummary(same)).toBe('Nothing has changed from version 1.');
  });

  it('shows a paragraph turned into a list, and the title and fact sheet', () => {
    const before = version(1, [clause('a', 'Sessions', 'Sessions last an hour.')]);
    const after = version(2, [clause('a', 'Sessions', '1. Sessions last an hour.')], {
      title: 'Coaching Agreement 2027',
      factSheet: { include: true, body: 'Bring a notebook.' },
    });
    const diff2 = agreementDiff(before, after, sources);
    expect(diff2.clauses[0]?.parts).toEqual([
      { kind: 'added', text: '1. ' },
      { kind: 'same', text: 'Sessions last an hour.' },
    ]);
    expect(diff2.title?.parts).toEqual([
      { kind: 'same', text: 'Coaching Agreement ' },
      { kind: 'added', text: '2027' },
    ]);
    expect(diff2.factSheet).toEqual({
      status: 'added',
      parts: [{ kind: 'added', text: 'Bring a notebook.' }],
    });
    expect(diffSummary(diff2)).toBe(
      '1 clause changed; the title changed; the fact sheet was added.',
    );
  });

  it('marks a list item moved one level in as out and in again', () => {
    expect(wordParts(['• One', '• Two'], ['• One', '   • Two'])).toEqual([
      { kind: 'same', text: '• One\n' },
      { kind: 'removed', text: '• Two\n' },
      { kind: 'added', text: '   • Two' },
    ]);
  });

  it('shows a passage rewritten past all measure as removed and written again', () => {
    const words = (word: string) => Array.from({ length: 800 }, (_, i) => `${word}${i}`).join(' ');
    expect(wordParts([words('old')], [words('new')])).toEqual([
      { kind: 'removed', text: `${words('old')}\n` },
      { kind: 'added', text: words('new') },
    ]);
  });
});
