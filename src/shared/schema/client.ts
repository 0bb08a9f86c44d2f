import { z } from 'zod';
import { lineText, longText, optionalDate, recordMeta, timestamp } from './common';
import { sponsorReportChoice } from './sponsorReport';

export const CLIENT_STATUSES = ['prospect', 'active', 'paused', 'completed', 'ended'] as const;
export const clientStatus = z.enum(CLIENT_STATUSES);
export type ClientStatus = z.infer<typeof clientStatus>;

/** How well a client matches the practice's ideal-client profile. */
export const IDEAL_CLIENT_FITS = ['unknown', 'poor', 'partial', 'good', 'ideal'] as const;
export const idealClientFit = z.enum(IDEAL_CLIENT_FITS);
export type IdealClientFit = z.infer<typeof idealClientFit>;

export const client = z.strictObject({
  ...recordMeta,
  name: lineText.refine((value) => value.trim().length > 0, 'A client needs a name'),
  email: lineText,
  phone: lineText,
  organization: lineText,
  role: lineText,
  status: clientStatus,
  referralSource: lineText,
  idealClientFit,
  startDate: optionalDate,
  /** When the yearly review of contract, service and fees is next due. */
  yearlyCheckInDate: optionalDate,
  notes: longText,
  /** Set when the client is archived: hidden from the usual lists, nothing deleted. */
  archivedAt: timestamp.nullable(),
  /** What the coach last chose for this client's sponsor report; absent until they choose. */
  sponsorReport: sponsorReportChoice.optional(),
});
export type Client = z.infer<typeof client>;
