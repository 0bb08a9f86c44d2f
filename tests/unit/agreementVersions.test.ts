import { describe, expect, it } from 'vitest';
import {
  agreementWorksheet,
  type AgreementStatus,
  type AgreementWorksheet,
  type Worksheet,
} from '../../src/shared/schema';
import { emptyWorksheet } from '../../src/shared/kinds';
import { agreementSeries } from '../../src/shared/domain/agreementVersions';

function agreement(
  id: string,
  seriesId: string,
  version: number,
  status: AgreementStatus,
  updatedAt: string,
  clientId = 'c1',
): AgreementWorksheet {
  return agreementWorksheet.parse({
    id,
    createdAt: updatedAt,
    updatedAt,
    title: 'Coaching Agreement',
    clientId,
    kind: 'agreement',
    seriesId,
    version,
    status,
    clauses: [],
    mergeValues: {},
    factSheet: { include: false, body: '' },
    sentOn: status === 'draft' ? null : '2025-01-02',
    signedOn: status === 'signed' || status === 'superseded' ? '2025-01-03' : null,
    clientSignerName: status === 'signed' || status === 'superseded' ? 'Alex Chen' : '',
    coachSignerName: '',
    previousVersionId: null,
    supersededById: status === 'superseded' ? 'later' : null,
  });
}

describe('agreementSeries', () => {
  const idp = emptyWorksheet('idp', 'c1', { id: 'i1', now: '2025-01-01T09:00:00.000Z' });
  const worksheets: Worksheet[] = [
    agreement('s1v3', 's1', 3, 'draft', '2025-03-01T10:00:00.000Z'),
    agreement('s1v1', 's1', 1, 'superseded', '2025-01-01T10:00:00.000Z'),
    agreement('s1v2', 's1', 2, 'signed', '2025-02-01T10:00:00.000Z'),
    agreement('s2v1', 's2', 1, 'sent', '2025-04-01T10:00:00.000Z'),
    agreement('other', 's3', 1, 'signed', '2025-05-01T10:00:00.000Z', 'c2'),
    idp,
  ];

  it("groups one client's agreements by series, newest activity first", () => {
    const series = agreementSeries(worksheets, 'c1');
    expect(series.map((s) => [s.seriesId, s.versions.map((v) => v.version)])).toEqual([
      ['s2', [1]],
      ['s1', [1, 2, 3]],
    ]);
  });

  it('takes the latest signed version as current and notices an open draft', () => {
    const s1 = agreementSeries(worksheets, 'c1').find((s) => s.seriesId === 's1');
    expect(s1?.current.id).toBe('s1v2');
    expect(s1?.latest.id).toBe('s1v3');
    expect(s1?.hasOpenDraft).toBe(true);
    expect(s1?.openDraft?.id).toBe('s1v3');
  });

  it('falls back to the latest version when nothing is signed yet', () => {
    const s2 = agreementSeries(worksheets, 'c1').find((s) => s.seriesId === 's2');
    expect(s2?.current.id).toBe('s2v1');
    expect(s2?.hasOpenDraft).toBe(false);
    expect(s2?.openDraft).toBeNull();
  });

  it('returns nothing for a client without agreements', () => {
    expect(agreementSeries(worksheets, 'nobody')).toEqual([]);
  });
});
