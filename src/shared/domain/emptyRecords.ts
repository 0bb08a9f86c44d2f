import {
  CURRENT_SCHEMA_VERSION,
  type Client,
  type PracticeProfile,
  type Workbook,
  type WorksheetKind,
  type WorksheetOfKind,
} from '../schema';
import type { ClientDraft, CreatableKind } from '../contract';
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

export const WORKSHEET_TITLES: Record<WorksheetKind, string> = {
  idp: 'Individual Development Plan',
  skills: 'Transferable Skills Inventory',
  boundaryMap: 'Boundary Map',
  mentors: 'Mentor List',
  agreement: 'Coaching Agreement',
};

type Base = {
  id: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  clientId: string | null;
};

function base(kind: CreatableKind, clientId: string | null, stamp: Stamp, title?: string): Base {
  return {
    id: stamp.id,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    title: title ?? WORKSHEET_TITLES[kind],
    clientId,
  };
}

/** A new, empty worksheet of one of the four freely created kinds. */
export function emptyWorksheet(
  kind: CreatableKind,
  clientId: string | null,
  stamp: Stamp,
  title?: string,
): WorksheetOfKind<CreatableKind> {
  const b = base(kind, clientId, stamp, title);
  switch (kind) {
    case 'idp':
      return {
        ...b,
        kind,
        profile: { name: '', position: '', organization: '', manager: '' },
        goals: { shortTerm: '', longTerm: '', strengths: '', areasToDevelop: '' },
        objectives: [],
        progressLog: [],
        review: {
          oneOnOneFrequency: 'everyTwoWeeks',
          oneOnOneMinutes: 30,
          nextReviewDate: null,
          salary: {
            raisePromised: false,
            inWriting: false,
            expectedDate: null,
            nextQuarterlyReview: null,
            alternatives: [],
            notes: '',
          },
        },
        signOff: {
          employeeName: '',
          employeeDate: null,
          reviewerName: '',
          reviewerRole: 'manager',
          reviewerDate: null,
        },
      };
    case 'skills':
      return {
        ...b,
        kind,
        personName: '',
        entries: [],
        targetRole: { title: '', requirements: [] },
      };
    case 'boundaryMap':
      return {
        ...b,
        kind,
        situation: { kind: 'other', counterpart: '', description: '' },
        cost: { ofActing: '', ofNotActing: '', ofKeeping: '', ofLosing: '' },
        boundaries: { willing: [], negotiable: [], willNot: [] },
        power: { holder: 'unclear', why: '', iBring: [], theyBring: [] },
        decision: { choice: 'undecided', rationale: '' },
        words: { script: '', holdingAnswer: '' },
        ifCrossedAgain: '',
        review: { date: null, outcome: '' },
      };
    case 'mentors':
      return { ...b, kind, personName: '', areas: [], candidates: [] };
  }
}
