import type { Client } from '../schema/client';

/**
 * What the clients list, the home overview and the delete dialog need to know about a client,
 * without their notes, contact details or worksheets: a row's worth.
 */
export interface ClientSummary {
  id: string;
  name: string;
  organization: string;
  role: string;
  status: Client['status'];
  startDate: string | null;
  yearlyCheckInDate: string | null;
  updatedAt: string;
  archivedAt: string | null;
  /** Worksheets and agreement versions the client has. */
  worksheetCount: number;
}

/** A client's summary, from their record and how many worksheets they have. */
export function summaryOf(client: Client, worksheetCount: number): ClientSummary {
  return {
    id: client.id,
    name: client.name,
    organization: client.organization,
    role: client.role,
    status: client.status,
    startDate: client.startDate,
    yearlyCheckInDate: client.yearlyCheckInDate,
    updatedAt: client.updatedAt,
    archivedAt: client.archivedAt,
    worksheetCount,
  };
}
