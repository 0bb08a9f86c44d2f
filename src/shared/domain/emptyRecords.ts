import {
  CURRENT_SCHEMA_VERSION,
  type Client,
  type PracticeProfile,
  type Workbook,
} from '../schema';
import type { ClientDraft } from '../contract';
import { DEFAULT_AGREEMENT_TEMPLATE } from '../catalogue/defaultTemplate';

/** Record identity supplied by the main process (ids and clock live there). */
export interface Stamp {
  id: string;
  now: string;
}

export const EMPTY_PRACTICE: PracticeProfile = {
  coachName: '',
  credentials: '',
  businessName: '',
  email: '',
  phone: '',
  website: '',
  address: '',
  idealClientProfile: '',
  referralSources: ['Referral from a client', 'Website', 'LinkedIn', 'Talk or workshop', 'Partner'],
  logo: null,
  paperSize: 'A4',
  dateFormat: 'D MMMM YYYY',
};

/** A workbook with nothing in it yet but the default agreement template. */
export function emptyWorkbook(): Workbook {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    practice: structuredClone(EMPTY_PRACTICE),
    clients: [],
    worksheets: [],
    agreementTemplate: structuredClone(DEFAULT_AGREEMENT_TEMPLATE),
    exportHistory: [],
  };
}

export const EMPTY_CLIENT_DRAFT: ClientDraft = {
  name: '',
  email: '',
  phone: '',
  organization: '',
  role: '',
  status: 'prospect',
  referralSource: '',
  idealClientFit: 'unknown',
  startDate: null,
  yearlyCheckInDate: null,
  notes: '',
};

export function newClient(draft: ClientDraft, stamp: Stamp): Client {
  return { ...draft, id: stamp.id, createdAt: stamp.now, updatedAt: stamp.now, archivedAt: null };
}
