import {
  SPONSOR_PARTS,
  type Client,
  type IdpWorksheet,
  type SponsorPart,
  type SponsorReportChoice,
  type Worksheet,
  type WorksheetKind,
} from '../schema';
import { clientReportWorksheets, newestFirst } from './reportWorksheets';

/** What a coach sees beside each tick of the sponsor report, and where the part comes from. */
export interface SponsorPartInfo {
  /** The kind of worksheet the part belongs to. */
  kind: WorksheetKind;
  /** The tick's words. */
  label: string;
  /** Ticked until the coach chooses otherwise. */
  byDefault: boolean;
  /** What a coach may want to know before ticking it. */
  hint?: string;
}

/**
 * Every part a sponsor report can show. By default a sponsor sees the goals and the progress
 * of the development plan and the strongest skills: what coach, client and sponsor usually
 * agree on. The rest (the salary plan, boundary maps, the mentor list, every skill's evidence)
 * are working papers that go in only when ticked.
 */
export const SPONSOR_PART_INFO: { readonly [P in SponsorPart]: SponsorPartInfo } = {
  'idp-goals': { kind: 'idp', label: 'Profile and career goals', byDefault: true },
  'idp-progress': { kind: 'idp', label: 'Objectives and progress', byDefault: true },
  'idp-log': { kind: 'idp', label: 'Progress log', byDefault: false },
  'idp-review': { kind: 'idp', label: 'Review rhythm and sign-off', byDefault: false },
  'idp-salary': {
    kind: 'idp',
    label: 'Salary conversation plan',
    byDefault: false,
    hint: 'Whether a raise was promised, when, and the alternatives.',
  },
  'skills-summary': {
    kind: 'skills',
    label: 'Strongest and most enjoyed skills',
    byDefault: true,
  },
  'skills-target-role': { kind: 'skills', label: 'Gaps for the target role', byDefault: false },
  'skills-entries': { kind: 'skills', label: 'Every skill, with its evidence', byDefault: false },
  'mentor-areas': {
    kind: 'mentors',
    label: 'Areas for mentoring and who could help',
    byDefault: false,
  },
  'mentor-people': {
    kind: 'mentors',
    label: 'Each person, with next steps and contacts',
    byDefault: false,
  },
  'boundary-map': {
    kind: 'boundaryMap',
    label: 'The whole boundary map',
    byDefault: false,
    hint: 'The situation as you wrote it, its costs, the boundaries and the decision.',
  },
  'agreement-summary': {
    kind: 'agreement',
    label: 'In brief: status, dates and sessions',
    byDefault: false,
    hint: 'Never its clauses or fees.',
  },
};

/** The parts ticked in a client's first sponsor report. */
export const DEFAULT_SPONSOR_PARTS: readonly SponsorPart[] = SPONSOR_PARTS.filter(
  (part) => SPONSOR_PART_INFO[part].byDefault,
);

/** The parts of one kind of worksheet, in the order the report shows them. */
export function sponsorPartsOf(kind: WorksheetKind): SponsorPart[] {
  return SPONSOR_PARTS.filter((part) => SPONSOR_PART_INFO[part].kind === kind);
}

/** Which parts to show, as the Word builders ask it; the full documents show every part. */
export type PartFilter = (part: SponsorPart) => boolean;
export const EVERY_PART: PartFilter = () => true;

/** A filter showing only the parts in `parts`. */
export function onlyParts(parts: readonly SponsorPart[]): PartFilter {
  const wanted = new Set(parts);
  return (part) => wanted.has(part);
}

/** How a worksheet is named in `leftOut`: an agreement by its series, so new versions follow. */
export function sponsorKey(sheet: Worksheet): string {
  return sheet.kind === 'agreement' ? sheet.seriesId : sheet.id;
}

/** The manager named in the client's newest development plan, or ''. */
export function managerOf(worksheets: readonly Worksheet[], clientId: string): string {
  const plans = worksheets
    .filter((s): s is IdpWorksheet => s.clientId === clientId && s.kind === 'idp')
    .sort(newestFirst);
  return plans.map((plan) => plan.profile.manager.trim()).find((name) => name !== '') ?? '';
}

/**
 * The choice a client's next sponsor report starts from: the one remembered with the client,
 * else the defaults; without a name of its own it is prepared for the manager named in the
 * client's development plan.
 */
export function sponsorChoiceFor(
  client: Client,
  worksheets: readonly Worksheet[],
): SponsorReportChoice {
  const remembered = client.sponsorReport ?? {
    preparedFor: '',
    include: [...DEFAULT_SPONSOR_PARTS],
    leftOut: [],
  };
  const preparedFor = remembered.preparedFor.trim() || managerOf(worksheets, client.id);
  return { ...remembered, preparedFor };
}

/**
 * The worksheets a sponsor report shows, in chapter order: those of the client report whose
 * kind has a part ticked and that the coach did not leave out.
 */
export function sponsorReportWorksheets(
  worksheets: readonly Worksheet[],
  clientId: string,
  choice: SponsorReportChoice,
): Worksheet[] {
  const kinds = new Set(choice.include.map((part) => SPONSOR_PART_INFO[part].kind));
  const leftOut = new Set(choice.leftOut);
  return clientReportWorksheets(worksheets, clientId).filter(
    (sheet) => kinds.has(sheet.kind) && !leftOut.has(sponsorKey(sheet)),
  );
}

/** The line both reports carry under their title. */
export function confidentialLine(preparedFor: string): string {
  const name = preparedFor.trim();
  return name === '' ? 'Confidential' : `Confidential — prepared for ${name}`;
}
