import { addDays, daysBetween } from '../../shared/domain/dates';
import { WORKSHEET_KIND_SPECS } from '../../shared/kinds';
import { mergeValuesFor } from '../../shared/domain/mergeFields';
import { richTextFromPlain } from '../../shared/richText';
import type {
  AgreementStatus,
  AgreementTemplate,
  AgreementWorksheet,
  Clause,
  Client,
  ClientStatus,
  MergeValues,
  PracticeProfile,
} from '../../shared/schema';
import { earlier } from './calendar';
import { sheetBase, type SheetContext } from './context';

/** Clauses a coach sometimes adds for one client, on top of the practice's defaults. */
const EXTRA_CLAUSES: readonly Clause[] = [
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
].map((clause) => ({ ...clause, body: richTextFromPlain(clause.body) }));

/** Per-client changes to the practice's defaults; lower case, as they sit inside sentences. */
const PACKAGES: readonly MergeValues[] = [
  {},
  { numberOfSessions: '6', fee: '£1,000 for a package of six sessions' },
  { numberOfSessions: '12', fee: '£1,900 for twelve sessions, paid in three instalments' },
  { sessionMedium: 'in person at your workplace' },
  { sessionFrequency: 'weekly for the first month, then every two weeks' },
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
  version: number;
  status: AgreementStatus;
  /** When it was drafted; sending and signing follow within days. */
  draftedOn: string;
  /** What this client's version changes from the template's defaults. */
  values: MergeValues;
  clauses: Clause[];
  previousVersionId: string | null;
}

/** The clauses with `extra` added before the closing acceptance clause (or at the end). */
function withClause(clauses: readonly Clause[], extra: Clause): Clause[] {
  const copy = structuredClone([...clauses]);
  const closing = copy.findIndex((c) => c.id === 'acceptance');
  copy.splice(closing === -1 ? copy.length : closing, 0, { ...extra });
  return copy;
}

/** The client, practice and template an agreement is written from. */
export interface AgreementSources {
  client: Client;
  practice: PracticeProfile;
  template: AgreementTemplate;
}

/** One version, shaped as the app itself makes it (see the agreements handlers). */
function version(
  ctx: SheetContext,
  sources: AgreementSources,
  seriesId: string,
  input: VersionInput,
): AgreementWorksheet {
  const { rng, asOf } = ctx;
  const { client, practice, template } = sources;
  const sentOn =
    input.status === 'draft' ? null : earlier(addDays(input.draftedOn, rng.int(0, 3)), asOf);
  const signedOn =
    input.status === 'signed' && sentOn !== null
      ? earlier(addDays(sentOn, rng.int(1, 10)), asOf)
      : null;
  const base = sheetBase({ ...ctx, startedOn: input.draftedOn }, input.id, 'agreement');
  const draftValues: MergeValues = { ...template.defaults, ...input.values };
  // Once sent, every value is written into the agreement so later edits never change it.
  const mergeValues =
    sentOn === null
      ? draftValues
      : mergeValuesFor({
          agreement: { mergeValues: draftValues, sentOn, createdAt: base.createdAt },
          client,
          practice,
          template,
          dateFormat: practice.dateFormat,
        });
  return {
    ...base,
    title:
      template.title.trim() === '' ? WORKSHEET_KIND_SPECS.agreement.defaultTitle : template.title,
    kind: 'agreement',
    clientId: client.id,
    seriesId,
    version: input.version,
    status: input.status,
    clauses: input.clauses,
    mergeValues,
    factSheet: {
      include: template.factSheet.trim() !== '' && rng.chance(0.85),
      body: template.factSheet,
    },
    sentOn,
    signedOn,
    // Prefilled for the signature lines, as the app does.
    clientSignerName: client.name,
    coachSignerName: practice.coachName,
    previousVersionId: input.previousVersionId,
    supersededById: null,
  };
}

/**
 * A client's agreement, in the state their stage suggests: draft, sent or signed, and for some
 * clients a signed version 1 followed by a version 2 in the same series. Once version 2 is
 * signed, version 1 is superseded by it; until then version 1 still holds.
 */
export function sampleAgreements(
  ctx: SheetContext,
  idBase: string,
  sources: AgreementSources,
): AgreementWorksheet[] {
  const { rng, asOf } = ctx;
  const { first, renewed } = plan(ctx, sources.client.status);
  // Only clauses the template does not already have, however the template changes.
  const fresh = EXTRA_CLAUSES.filter((x) => !sources.template.clauses.some((c) => c.id === x.id));
  const extras = rng.some(fresh, 2);
  const v1Extra = rng.chance(0.3) ? extras[0] : undefined;
  const v1Clauses = v1Extra
    ? withClause(sources.template.clauses, v1Extra)
    : structuredClone(sources.template.clauses);
  const v1Values = rng.pick(PACKAGES);
  const v1 = version(ctx, sources, idBase, {
    id: `${idBase}-v1`,
    version: 1,
    status: first,
    draftedOn: ctx.startedOn,
    values: v1Values,
    clauses: v1Clauses,
    previousVersionId: null,
  });
  // A change needs a signed v1 with at least a month of history behind it.
  const signedOn = v1.signedOn;
  if (renewed === null || signedOn === null || daysBetween(signedOn, asOf) < 30) return [v1];
  const added = extras.find((extra) => !v1Clauses.some((c) => c.id === extra.id));
  const v2 = version(ctx, sources, idBase, {
    id: `${idBase}-v2`,
    version: 2,
    status: renewed,
    draftedOn: addDays(signedOn, rng.int(30, daysBetween(signedOn, asOf))),
    values: { ...v1Values, ...rng.pick(PACKAGES.slice(1)) },
    clauses: added ? withClause(v1Clauses, added) : structuredClone(v1Clauses),
    previousVersionId: v1.id,
  });
  if (renewed !== 'signed') return [v1, v2];
  const superseded: AgreementWorksheet = {
    ...v1,
    status: 'superseded',
    supersededById: v2.id,
    updatedAt: v2.updatedAt > v1.updatedAt ? v2.updatedAt : v1.updatedAt,
  };
  return [superseded, v2];
}
