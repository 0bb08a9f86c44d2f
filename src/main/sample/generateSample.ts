import { emptyWorkbook } from '../../shared/domain/emptyRecords';
import { MAX_CLIENTS, type Workbook, type Worksheet } from '../../shared/schema';
import { sampleAgreements } from './agreement';
import { sampleBoundaryMap } from './boundaryMap';
import { addDays, isIsoDate } from '../../shared/domain/dates';
import { sampleClient } from './clients';
import type { Person, SheetContext } from './context';
import { sampleIdp } from './idp';
import { sampleMentors } from './mentors';
import { FIRST_NAMES, LAST_NAMES } from './people';
import { SAMPLE_PRACTICE, sampleTemplate } from './practice';
import { createRng } from './random';
import { sampleSkills } from './skills';
import { spaHotelBoundaryMap } from './spaHotel';

export interface SampleOptions {
  /** How many clients, from 0 to MAX_CLIENTS. */
  clients: number;
  /** Same seed (and same `today`) gives the same workbook, byte for byte once serialised. */
  seed: string | number;
  /** The day the sample is made for, `YYYY-MM-DD`; every date is placed around it. */
  today: string;
}

/** `1` → `0001`: ids sort in client order up to 9,999 and stay unique beyond. */
function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** The coach's own worksheets: a development plan, a mentor list and a boundary map. */
function coachWorksheets(seed: string, today: string): Worksheet[] {
  const rng = createRng(`${seed}:coach`);
  const coach: Person = {
    name: SAMPLE_PRACTICE.coachName,
    firstName: SAMPLE_PRACTICE.coachName.split(' ')[0] ?? SAMPLE_PRACTICE.coachName,
    role: 'Coach and founder',
    organization: SAMPLE_PRACTICE.businessName,
  };
  const ctx: SheetContext = {
    rng,
    asOf: today,
    person: coach,
    clientId: null,
    coachName: SAMPLE_PRACTICE.coachName,
    startedOn: addDays(today, -rng.int(60, 200)),
  };
  return [
    sampleIdp(ctx, 'ws-coach-idp', 'Peer supervision group'),
    sampleMentors(ctx, 'ws-coach-mentors'),
    sampleBoundaryMap(ctx, 'ws-coach-boundary'),
  ];
}

/**
 * A realistic workbook for demos, tests and benchmarks: a practice, `clients` clients each with
 * all five worksheets filled in, and some of the coach's own worksheets. Pure and deterministic:
 * each client draws from its own random stream, so client 7 is the same whether the sample
 * holds 10 clients or 1,000. Client #1 is Mary, whose boundary map is the spa/hotel example.
 */
export function generateSampleWorkbook(options: SampleOptions): Workbook {
  const { clients: count, today } = options;
  const seed = String(options.seed);
  if (!Number.isInteger(count) || count < 0 || count > MAX_CLIENTS) {
    throw new RangeError(`The number of clients must be a whole number from 0 to ${MAX_CLIENTS}`);
  }
  if (!isIsoDate(today)) throw new RangeError(`Not a date (expected YYYY-MM-DD): ${today}`);

  const book = emptyWorkbook();
  const template = sampleTemplate(book.agreementTemplate);
  book.practice = structuredClone(SAMPLE_PRACTICE);
  book.agreementTemplate = template;
  book.worksheets.push(...coachWorksheets(seed, today));

  for (let n = 1; n <= count; n++) {
    const rng = createRng(`${seed}:client:${n}`);
    const clientId = `c-${pad(n)}`;
    const made = sampleClient(rng, n, clientId, today, book.practice.referralSources);
    book.clients.push(made.client);
    const ctx: SheetContext = {
      rng,
      asOf: made.asOf,
      person: made.person,
      clientId,
      coachName: book.practice.coachName,
      startedOn: made.startedOn,
    };
    const wsId = `ws-${pad(n)}`;
    const manager = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    book.worksheets.push(
      sampleIdp(ctx, `${wsId}-idp`, manager),
      sampleSkills(ctx, `${wsId}-skills`),
      n === 1
        ? spaHotelBoundaryMap(ctx, `${wsId}-boundary`)
        : sampleBoundaryMap(ctx, `${wsId}-boundary`),
      sampleMentors(ctx, `${wsId}-mentors`),
      ...sampleAgreements(ctx, `${wsId}-agreement`, {
        client: made.client,
        practice: book.practice,
        template,
      }),
    );
  }
  return book;
}
