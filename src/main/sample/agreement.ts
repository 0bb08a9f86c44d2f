import type {
  AgreementStatus,
  AgreementTemplate,
  AgreementWorksheet,
  ClientStatus,
  MergeValues,
} from '../../shared/schema';
import { addDays, daysBetween, earlier, longDate } from './calendar';
import { sheetBase, type SheetContext } from './context';

/** Clauses a coach sometimes adds for one client, on top of the practice's defaults. */
const EXTRA_CLAUSES = [
  {
    id: 'onsite-sessions',
    title: 'Sessions at your workplace',
    body: 'Some sessions take place at {{clientOrganization}}. Travel within the city is included.',
  },
  {
    id: 'manager-check-in',
    title: 'Three-way check-ins',
    body: 'Twice during the engagement we meet with your manager for thirty minutes to review goals. What you share in our other sessions stays between us.',
  },
  {
    id: 'recordings',
    title: 'Recordings',
    body: 'Sessions are not recorded unless we both agree beforehand, and any recording is deleted after 30 days.',
  },
] as const;

const PACKAGES: readonly MergeValues[] = [
  {},
  { numberOfSessions: '6', fee: '1,080 for six sessions' },
  { numberOfSessions: '12', fee: '1,980 for twelve sessions, paid in three instalments' },
  { sessionMedium: 'In person at the client’s office' },
  { sessionFrequency: 'Weekly for the first month, then every two weeks' },
];

/** Which agreement states a client at this stage plausibly has; `renewed` means a v1 and a v2. */
function plan(
  ctx: SheetContext,
  status: ClientStatus,
): { first: AgreementStatus; renewed: AgreementStatus | null } {
  const { rng } = ctx;
  if (status === 'prospect') return { first: rng.pick(['draft', 'sent'] as const), renewed: null };
  if (rng.chance(0.3)) {
    // A signed v1 was changed later: v1 becomes superseded and v2 is at some stage of its own.
    const stillOpen = status === 'active' || status === 'paused';
    const v2 = rng.weighted([
      ['signed', 3],
      ['sent', 1],
      ['draft', 1],
    ] as const);
    return { first: 'signed', renewed: stillOpen ? v2 : 'signed' };
  }
  if (status === 'active' && rng.chance(0.15)) return { first: 'sent', renewed: null };
  return { first: 'signed', renewed: null };
}

interface VersionInput {
  id: string;
  clientId: string;
  seriesId: string;
  version: number;
  status: AgreementStatus;
  /** When it was drafted; sent and signed follow within days. */
  draftedOn: string;
  values: MergeValues;
  extraClause: (typeof EXTRA_CLAUSES)[number] | null;
  previousVersionId: string | null;
}

function version(
  ctx: SheetContext,
  template: AgreementTemplate,
  input: VersionInput,
): AgreementWorksheet {
  const { rng, asOf } = ctx;
  const sentOn =
    input.status === 'draft' ? null : earlier(addDays(input.draftedOn, rng.int(0, 3)), asOf);
  const signed = input.status === 'signed';
  const signedOn =
    signed && sentOn !== null ? earlier(addDays(sentOn, rng.int(1, 10)), asOf) : null;
  const clauses = structuredClone(template.clauses);
  if (input.extraClause) clauses.push({ ...input.extraClause });
  return {
    ...sheetBase({ ...ctx, startedOn: input.draftedOn }, input.id, 'agreement', template.title),
    kind: 'agreement',
    clientId: input.clientId,
    seriesId: input.seriesId,
    version: input.version,
    status: input.status,
    clauses,
    mergeValues: { ...input.values, agreementDate: longDate(input.draftedOn) },
    factSheet: { include: rng.chance(0.8), body: template.factSheet },
    sentOn,
    signedOn,
    clientSignerName: signed ? ctx.person.name : '',
    coachSignerName: signed ? ctx.coachName : '',
    previousVersionId: input.previousVersionId,
    supersededById: null,
  };
}

/**
 * A client's agreement, in the state their stage suggests: draft, sent or signed, and for some
 * clients a signed version 1 superseded by a version 2 (same series, linked both ways).
 */
export function sampleAgreements(
  ctx: SheetContext,
  clientId: string,
  idBase: string,
  template: AgreementTemplate,
  clientStatus: ClientStatus,
): AgreementWorksheet[] {
  const { rng, asOf } = ctx;
  const { first, renewed } = plan(ctx, clientStatus);
  const v1Id = `${idBase}-v1`;
  const v1 = version(ctx, template, {
    id: v1Id,
    clientId,
    seriesId: v1Id,
    version: 1,
    status: first,
    draftedOn: ctx.startedOn,
    values: rng.pick(PACKAGES),
    extraClause: rng.chance(0.3) ? rng.pick(EXTRA_CLAUSES) : null,
    previousVersionId: null,
  });
  // A change needs a signed v1 with at least a month of history behind it.
  const signedOn = v1.signedOn;
  if (renewed === null || signedOn === null || daysBetween(signedOn, asOf) < 30) return [v1];
  const v2Id = `${idBase}-v2`;
  const v2 = version(ctx, template, {
    id: v2Id,
    clientId,
    seriesId: v1Id,
    version: 2,
    status: renewed,
    draftedOn: addDays(signedOn, rng.int(30, daysBetween(signedOn, asOf))),
    values: { ...v1.mergeValues, ...rng.pick(PACKAGES.slice(1)) },
    extraClause: rng.pick(EXTRA_CLAUSES),
    previousVersionId: v1Id,
  });
  // Only a signed v2 replaces v1; while v2 is being drafted or sent, v1 still holds.
  return renewed === 'signed'
    ? [{ ...v1, status: 'superseded', supersededById: v2Id }, v2]
    : [v1, v2];
}
