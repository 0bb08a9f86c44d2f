import type { Client, ClientStatus, IdealClientFit } from '../../shared/schema';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { earlier, nextAnniversary, timestampOn } from './calendar';
import type { Person } from './context';
import { FIRST_NAMES, LAST_NAMES, WORKPLACES } from './people';
import type { Rng } from './random';
import { SPA_OWNER } from './spaHotel';

const STATUSES: readonly (readonly [ClientStatus, number])[] = [
  ['active', 40],
  ['prospect', 15],
  ['paused', 8],
  ['completed', 25],
  ['ended', 12],
];

const FITS: readonly (readonly [IdealClientFit, number])[] = [
  ['ideal', 3],
  ['good', 5],
  ['partial', 3],
  ['poor', 1],
  ['unknown', 2],
];

const NOTES = [
  'Prefers early-morning sessions. Very direct; likes homework.',
  'Returning after a career break. Confidence is the real topic.',
  'Manager is supportive and pays for the sessions.',
  'Paying privately; keep invoices simple.',
  'Mentioned burnout last year. Watch the pace and check in on wellbeing.',
  'Came after hearing my talk at the association. Wants practical tools.',
  'Thinking about leaving to start a business within two years.',
  'Asked twice to move sessions at short notice; remind about the cancellation policy.',
  '',
] as const;

/** Plain ASCII for e-mail addresses: accents dropped, anything else removed. */
function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export interface SampleClient {
  client: Client;
  person: Person;
  /** When their worksheets were started. */
  startedOn: string;
  /** The last day of the work for finished clients; today for everyone else. */
  asOf: string;
}

/**
 * One client record. Client #1 is always Mary, the spa owner from the boundary-map example,
 * active and with her yearly check-in due in a few days.
 */
export function sampleClient(
  rng: Rng,
  n: number,
  id: string,
  today: string,
  referralSources: readonly string[],
): SampleClient {
  const isMary = n === 1;
  const workplace = rng.pick(WORKPLACES);
  const firstName = isMary ? SPA_OWNER.firstName : rng.pick(FIRST_NAMES);
  const lastName = isMary ? SPA_OWNER.lastName : rng.pick(LAST_NAMES);
  const person: Person = isMary
    ? { ...SPA_OWNER }
    : {
        name: `${firstName} ${lastName}`,
        firstName,
        role: rng.pick(workplace.roles),
        organization: workplace.org,
      };
  const status = isMary ? 'active' : rng.weighted(STATUSES);
  const isProspect = status === 'prospect';
  const startDate = isMary
    ? addDays(today, -355)
    : isProspect
      ? rng.chance(0.5)
        ? addDays(today, rng.int(7, 45))
        : null
      : addDays(today, -rng.int(20, 1500));
  const createdOn =
    startDate !== null && startDate < today
      ? addDays(startDate, -rng.int(3, 30))
      : addDays(today, -rng.int(1, 30));
  // Check-ins run from a month overdue to eleven months ahead, so some are due or late.
  const yearlyCheckInDate =
    startDate !== null && (status === 'active' || status === 'paused')
      ? nextAnniversary(startDate, addDays(today, -30))
      : null;
  const domain = person.organization === 'Self-employed' ? 'mail' : emailPart(person.organization);
  const createdAt = timestampOn(createdOn, rng);
  const touchedAt = timestampOn(earlier(addDays(createdOn, rng.int(0, 3)), today), rng);
  const archived = status === 'ended' && rng.chance(0.4);
  const client: Client = {
    id,
    createdAt,
    updatedAt: touchedAt < createdAt ? createdAt : touchedAt,
    name: person.name,
    email: rng.chance(0.9)
      ? `${emailPart(firstName)}.${emailPart(lastName)}@${domain}.example`
      : '',
    phone: rng.chance(0.8) ? `+44 7700 900${String(rng.int(0, 999)).padStart(3, '0')}` : '',
    organization: person.organization,
    role: person.role,
    status,
    referralSource: isMary ? 'Partner' : rng.chance(0.95) ? rng.pick(referralSources) : '',
    idealClientFit: isMary ? 'ideal' : rng.weighted(FITS),
    startDate,
    yearlyCheckInDate,
    notes: isMary
      ? 'Runs a high-end day spa. Working on growth without losing what makes the spa special.'
      : rng.pick(NOTES),
    archivedAt: archived
      ? timestampOn(addDays(today, -rng.int(0, Math.min(90, daysBetween(createdOn, today)))), rng)
      : null,
  };
  const startedOn = startDate !== null && startDate < today ? startDate : createdOn;
  const finished = status === 'completed' || status === 'ended';
  const asOf = finished ? earlier(addDays(startedOn, rng.int(90, 400)), addDays(today, -7)) : today;
  return { client, person, startedOn, asOf };
}
