import type { AgreementWorksheet } from '../schema/agreement';
import type { Worksheet } from '../schema/worksheet';

/** All versions of one agreement with a client. */
export interface AgreementSeries {
  seriesId: string;
  /** Oldest first. */
  versions: AgreementWorksheet[];
  /** The version in force: the latest signed one, or the latest of all when none is signed. */
  current: AgreementWorksheet;
  /** The newest version, whatever its state. */
  latest: AgreementWorksheet;
  /** True while a draft version is being prepared. */
  hasOpenDraft: boolean;
  openDraft: AgreementWorksheet | null;
}

function isAgreement(sheet: Worksheet): sheet is AgreementWorksheet {
  return sheet.kind === 'agreement';
}

/**
 * A client's agreements, one entry per series (versions share a `seriesId`), the series with the
 * newest activity first.
 */
export function agreementSeries(
  worksheets: readonly Worksheet[],
  clientId: string,
): AgreementSeries[] {
  const bySeries = new Map<string, AgreementWorksheet[]>();
  for (const sheet of worksheets) {
    if (!isAgreement(sheet) || sheet.clientId !== clientId) continue;
    const versions = bySeries.get(sheet.seriesId) ?? [];
    versions.push(sheet);
    bySeries.set(sheet.seriesId, versions);
  }

  const series: AgreementSeries[] = [];
  for (const [seriesId, unsorted] of bySeries) {
    const versions = [...unsorted].sort((a, b) => a.version - b.version);
    const latest = versions[versions.length - 1];
    if (latest === undefined) continue;
    const signed = versions.filter((version) => version.status === 'signed');
    const drafts = versions.filter((version) => version.status === 'draft');
    const openDraft = drafts[drafts.length - 1] ?? null;
    series.push({
      seriesId,
      versions,
      current: signed[signed.length - 1] ?? latest,
      latest,
      hasOpenDraft: openDraft !== null,
      openDraft,
    });
  }
  return series.sort(
    (a, b) =>
      Date.parse(b.latest.updatedAt) - Date.parse(a.latest.updatedAt) ||
      a.seriesId.localeCompare(b.seriesId),
  );
}
