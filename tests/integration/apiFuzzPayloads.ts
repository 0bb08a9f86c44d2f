import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { agreementText } from '../../src/shared/domain/agreementText';
import type { Channel, ChannelInput } from '../../src/shared/contract';
import { CLIENT_STATUSES, DOCUMENT_KINDS, type Workbook } from '../../src/shared/schema';
import { signaturePngBase64 } from '../helpers/signaturePng';

/**
 * Payload generators for the API fuzz test: valid payloads built from a real workbook, ways to
 * break them, and plain junk. Kept apart from the test so that the test reads as its assertions.
 */

/** Any UTF-16 code unit, lone surrogates included: what a broken paste or a bad client sends. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n));

/** Strings a renderer should never send, and some it might. */
export const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: anyCodeUnit }),
  fc.string({ unit: controlChar }),
  fc.constantFrom('\uD800', '\uDFFF', 'a\uD83D', '\u0000', '\u202E', '__proto__', 'constructor'),
  // Just over the longest text a field takes, in one, two and three UTF-16 units per character.
  fc.constantFrom('x', 'é', '\uD800', '😀').map((unit) => unit.repeat(100_001)),
);

/** A coach's own Word agreement, as the page sends it: the fixture made in LibreOffice. */
const wordAgreementBase64 = readFileSync(
  new URL('../fixtures/word-template/coaching-agreement.docx', import.meta.url),
).toString('base64');

/** A value nested far deeper than any real payload. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { inner: value };
  return value;
}

/** Any value at all: wrong types, odd objects, huge and broken strings, deep nesting. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withTypedArray: true,
    withSparseArray: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    stringUnit: 'binary',
  }),
  fc.jsonValue(),
  nastyString,
  fc.constantFrom(null, undefined, NaN, Infinity, -0, 1e308, true, [], {}),
  fc.constantFrom(deeplyNested(5_000)),
);

/** Keys that must never be honoured, plus ordinary ones the schemas do not know. */
export const nastyKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then'),
  fc.constantFrom('id', 'kind', 'status', 'clientId', 'version', 'extra'),
  fc.string(),
);

const idChar = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''),
);
/** A well-formed id, short or up to the longest allowed, most likely naming nothing here. */
const wellFormedId = fc.oneof(
  fc.string({ unit: idChar, minLength: 1, maxLength: 8 }),
  fc.string({ unit: idChar, minLength: 9, maxLength: 64 }),
);

/** A well-formed id that names nothing in the workbook, or not even a well-formed one. */
const wrongId = fc.oneof(wellFormedId, nastyString);

function pickOr<T>(items: readonly T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return items.length === 0 ? fallback : fc.oneof(fc.constantFrom(...items), fallback);
}

/** A real signature picture, small enough to keep many runs fast. */
const SIGNATURE = signaturePngBase64(60, 20);

const isoDay = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * For every channel, payloads that pass its input schema, aimed at records of `book` (and now
 * and then at records that are not there). Typed by the contract, so they stay valid as it changes.
 */
export function validPayloads(
  book: Workbook,
  /** Handles from exports:chooseFolder, for exports:saveToFolder. */
  folders: readonly string[] = [],
): { [C in Channel]: fc.Arbitrary<ChannelInput<C>> } {
  const clients = book.clients;
  const sheets = book.worksheets;
  const agreements = sheets.filter((w) => w.kind === 'agreement');
  const anyId = (ids: string[]) => pickOr(ids, wellFormedId);
  const clientId = anyId(clients.map((c) => c.id));
  const sheetId = anyId(sheets.map((w) => w.id));
  const agreementId = anyId(agreements.map((w) => w.id));
  const shownFingerprints = new Map(
    agreements.map((sheet) => {
      const client = clients.find((c) => c.id === sheet.clientId) ?? null;
      const text = agreementText(sheet, client, book.practice, book.agreementTemplate);
      return [sheet.id, createHash('sha256').update(text, 'utf8').digest('hex')] as const;
    }),
  );
  // Only a sent agreement can be signed in the room: mostly those, so that signing succeeds.
  const sentIds = agreements.filter((w) => w.status === 'sent').map((w) => w.id);
  const toSignId =
    sentIds.length === 0
      ? agreementId
      : fc.oneof({ arbitrary: fc.constantFrom(...sentIds), weight: 3 }, agreementId);
  const idInput = (id: fc.Arbitrary<string>) => fc.record({ id });
  const signature = <R extends 'client' | 'coach'>(role: R) =>
    fc.record({
      role: fc.constant(role),
      name: fc.string({ minLength: 1, maxLength: 40 }).map((n) => `${n}x`),
      method: fc.constantFrom('drawn' as const, 'typed' as const),
      // A whole PNG; a broken one is among the breakages every channel also gets.
      imagePngBase64: fc.constant(SIGNATURE),
    });
  const client = fc.constantFrom(...clients);
  const sheet = fc.constantFrom(...sheets);
  const exportRequest = fc.oneof(
    fc.record(
      {
        document: fc.constantFrom(...DOCUMENT_KINDS),
        clientId,
        worksheetId: fc.option(sheetId, { nil: undefined }),
      },
      { requiredKeys: ['document'] },
    ),
    sheet.map((w) => ({
      document: w.kind === 'boundaryMap' ? ('boundary-map' as const) : w.kind,
      worksheetId: w.id,
    })),
  );
  // Names of files set aside, in the store's pattern or not: none is listed on this workbook.
  const setAsideName = fc.record({
    name: fc.oneof(
      fc.string({ minLength: 1, maxLength: 300 }),
      clientId.map((id) => `clients-${id}.conflict-2026-03-02T09-00-00-000Z.json`),
      fc.constantFrom('../workbook.json', 'workbook.conflict-2026-03-02T09-00-00-000Z.json'),
    ),
  });
  return {
    'workbook:info': fc.constant({}),
    'workbook:get': fc.constant({}),
    'workbook:restoreBackup': fc.record({ backupId: fc.string({ maxLength: 200 }) }),
    'workbook:loadSample': fc.record({ clients: fc.integer({ min: 1, max: 50 }) }),
    'workbook:startNew': fc.constant({}),
    'workbook:retryOpen': fc.constant({}),
    'workbook:showSetAside': fc.record({ name: fc.string({ minLength: 1, maxLength: 300 }) }),
    'workbook:conflictDetails': setAsideName,
    'workbook:useOtherVersion': setAsideName,
    'workbook:open': fc.constant({}),
    'workbook:due': fc.record({
      kind: fc.constantFrom(null, 'idpObjective' as const),
      first: fc.integer({ min: 1, max: 10 }),
    }),
    'workbook:exportHistory': fc.record({ clientId: fc.option(clientId, { nil: null }) }),
    'clients:open': idInput(clientId),
    'clients:search': fc.record({ text: fc.string({ maxLength: 60 }) }),
    'practice:get': fc.constant({}),
    'practice:update': fc.record({
      profile: fc.record({ coachName: fc.string({ maxLength: 50 }) }).map((p) => ({
        ...book.practice,
        ...p,
      })),
    }),
    'template:get': fc.constant({}),
    'template:save': fc.record({
      template: fc.string({ maxLength: 80 }).map((title) => ({ ...book.agreementTemplate, title })),
    }),
    'clients:list': fc.record({ includeArchived: fc.boolean() }),
    'clients:get': idInput(clientId),
    'clients:create': fc.record({
      client: fc
        .record({ c: client, name: fc.string({ minLength: 1, maxLength: 40 }) })
        .map(({ c, name }) => ({
          name: `${name}x`,
          email: c.email,
          phone: c.phone,
          organization: c.organization,
          role: c.role,
          status: c.status,
          referralSource: c.referralSource,
          idealClientFit: c.idealClientFit,
          startDate: c.startDate,
          yearlyCheckInDate: c.yearlyCheckInDate,
          notes: c.notes,
        })),
    }),
    'clients:update': fc.record({
      client: fc
        .record({ c: client, status: fc.constantFrom(...CLIENT_STATUSES), id: clientId })
        .map(({ c, status, id }) => ({ ...c, status, id })),
    }),
    'clients:archive': idInput(clientId),
    'clients:restore': idInput(clientId),
    'clients:delete': idInput(clientId),
    'clients:undelete': fc.record({
      deleted: client.map((c) => ({
        client: c,
        worksheets: sheets.filter((w) => w.clientId === c.id),
      })),
    }),
    'worksheets:list': fc.record(
      { clientId: fc.option(clientId, { nil: null }) },
      { requiredKeys: [] },
    ),
    'worksheets:get': idInput(sheetId),
    'worksheets:create': fc.record(
      {
        kind: fc.constantFrom('idp', 'skills', 'boundaryMap', 'mentors'),
        clientId: fc.option(clientId, { nil: null }),
        title: fc.string({ maxLength: 60 }),
      },
      { requiredKeys: ['kind', 'clientId'] },
    ),
    'worksheets:save': fc.record({
      worksheet: fc
        .record({ w: sheet, title: fc.string({ maxLength: 60 }) })
        .map(({ w, title }) => ({ ...w, title })),
    }),
    'worksheets:duplicate': idInput(sheetId),
    'worksheets:delete': idInput(sheetId),
    'worksheets:undelete': fc.record({
      worksheet: fc
        .record({ w: sheet, id: fc.option(wrongId, { nil: undefined }) })
        .map(({ w, id }) => (id === undefined ? w : { ...w, id })),
    }),
    'agreements:create': fc.record({ clientId }),
    'agreements:markSent': fc.record({ id: agreementId, sentOn: isoDay }),
    'agreements:markSigned': fc.record({
      id: agreementId,
      signedOn: isoDay,
      clientSignerName: fc.string({ minLength: 1, maxLength: 40 }).map((n) => `${n}x`),
      coachSignerName: fc.string({ maxLength: 40 }),
    }),
    'agreements:signInRoom': fc
      .record({ id: toSignId, signatures: fc.tuple(signature('client'), signature('coach')) })
      // What the page would send with them: the fingerprint of the text it showed.
      .map((input) => ({
        ...input,
        textSha256: shownFingerprints.get(input.id) ?? '0'.repeat(64),
      })),
    'agreements:verifySignatures': idInput(agreementId),
    'agreements:newVersion': idInput(agreementId),
    'exports:info': fc.constant({}),
    'exports:save': exportRequest,
    'exports:chooseFolder': fc.constant({}),
    'exports:saveToFolder': fc.record({
      folder: pickOr([...folders], fc.string({ unit: idChar, minLength: 8, maxLength: 64 })),
      request: exportRequest,
    }),
    'exports:showInFolder': fc.record({
      recordId: anyId(book.exportHistory.map((r) => r.id)),
    }),
    'wordTemplate:import': fc.record({
      fileName: fc.string({ minLength: 1, maxLength: 60 }).map((name) => `${name}x.docx`),
      dataBase64: fc.constant(wordAgreementBase64),
    }),
    'wordTemplate:inspect': fc.constant({}),
    'wordTemplate:markFields': fc.record({
      sha256: fc.constant(book.agreementTemplate.wordDocument?.sha256 ?? '0'.repeat(64)),
      fields: fc.array(
        fc.record({
          text: fc.constantFrom(book.practice.coachName, 'Northwind Coaching', '24 hours'),
          key: fc.constantFrom('coachName' as const, 'businessName' as const),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    'wordTemplate:stopUsing': fc.constant({}),
    'wordTemplate:preview': fc.record({ agreementId }),
  };
}

/** How to break a valid payload. */
export interface Breakage {
  how: 'replace' | 'addKey' | 'deleteKey' | 'whole';
  /** Which object or array inside the payload (modulo how many there are). */
  at: number;
  /** Which of its keys, for replace and delete (modulo how many it has). */
  keyIndex: number;
  key: string;
  junk: unknown;
}

export const breakage: fc.Arbitrary<Breakage> = fc.record({
  how: fc.constantFrom('replace', 'replace', 'addKey', 'deleteKey', 'whole'),
  at: fc.nat(),
  keyIndex: fc.nat(),
  key: nastyKey,
  junk,
});

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every object and array inside `value`, the root first. */
function containersOf(value: unknown, out: Container[] = []): Container[] {
  if (!isContainer(value)) return out;
  out.push(value);
  for (const child of Object.values(value)) containersOf(child, out);
  return out;
}

/** A copy of `payload` broken as `b` says; the original is untouched. */
export function breakPayload(payload: unknown, b: Breakage): unknown {
  if (b.how === 'whole') return b.junk;
  const copy = structuredClone(payload);
  const targets = containersOf(copy);
  const target = targets[b.at % Math.max(1, targets.length)];
  if (target === undefined) return b.junk;
  const keys = Object.keys(target);
  const existing = keys[b.keyIndex % Math.max(1, keys.length)];
  if (b.how === 'deleteKey' && existing !== undefined) {
    Reflect.deleteProperty(target, existing);
    return copy;
  }
  const key = b.how === 'replace' && existing !== undefined ? existing : b.key;
  // defineProperty makes even `__proto__` an own key, as JSON.parse would.
  Object.defineProperty(target, key, {
    value: b.junk,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
