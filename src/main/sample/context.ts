import { kindSpec } from '../../shared/kinds';
import type { WorksheetKind } from '../../shared/schema';
import { addDays } from '../../shared/domain/dates';
import { timestampOn } from './calendar';
import type { Rng } from './random';

/** The person a worksheet is about: a client, or the coach themself. */
export interface Person {
  name: string;
  firstName: string;
  role: string;
  organization: string;
}

/** Everything a worksheet generator needs; it owns nothing else. */
export interface SheetContext {
  rng: Rng;
  /**
   * The day the worksheet is current as of, and its dates are placed around: the sample's
   * today for ongoing clients, the last day of the work for finished ones.
   */
  asOf: string;
  person: Person;
  /** Null for the coach's own worksheets. */
  clientId: string | null;
  coachName: string;
  /** The day the worksheet was started (on or before `asOf`). */
  startedOn: string;
}

/** Fields every worksheet shares, with timestamps between `startedOn` and `asOf`. */
export function sheetBase(ctx: SheetContext, id: string, kind: WorksheetKind, title?: string) {
  const createdAt = timestampOn(ctx.startedOn, ctx.rng);
  const updatedOn = addDays(ctx.startedOn, ctx.rng.int(0, 40));
  const updatedAt = updatedOn >= ctx.asOf ? createdAt : timestampOn(updatedOn, ctx.rng);
  return {
    id,
    createdAt,
    updatedAt: updatedAt < createdAt ? createdAt : updatedAt,
    title: title ?? kindSpec(kind).defaultTitle,
    clientId: ctx.clientId,
  };
}

/** Replace `{first}`, `{name}`, `{org}` and `{role}` in a phrase with the person's details. */
export function fill(text: string, person: Person, extra: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    first: person.firstName,
    name: person.name,
    org: person.organization,
    role: person.role,
    ...extra,
  };
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Sequential ids under a parent id: `ws-0001-idp-o1`, `ws-0001-idp-o2`… */
export function childIds(parentId: string, letter: string) {
  let n = 0;
  return (): string => `${parentId}-${letter}${++n}`;
}
