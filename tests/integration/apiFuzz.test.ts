import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { shownFingerprint } from './support/shownText';
import { CHANNELS, isChannel, type Channel } from '../../src/shared/contract';
import { ERROR_CODES, type Result } from '../../src/shared/result';
import { workbook } from '../../src/shared/schema';
import { signaturePngBase64 } from '../helpers/signaturePng';
import { openHarness, value, type ApiHarness } from '../unit/apiHarness';
import { breakPayload, breakage, junk, nastyString, validPayloads } from './apiFuzzPayloads';

/**
 * Thousands of random and malformed payloads sent to every channel through Api.handle, the entry
 * every transport uses, against a real store on a real file. Each call must resolve to a Result
 * (never reject), a refusal must carry a known error code, must not be `internal` (that would be
 * our own bug caught at the boundary) and must leave the file byte for byte as it was, and the
 * file must always hold a valid workbook.
 *
 * FUZZ_RUNS sets the runs per channel and kind of payload (default 30: about 4,500 calls over
 * the 50 channels; more, e.g. FUZZ_RUNS=200, for a longer hunt).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);
let calls = 0;
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * A store holding a two-client sample, so that valid ids reach real records of every kind, plus
 * for each client a fresh draft agreement and a signed one with no newer version, so that every
 * step of an agreement's life has something to act on.
 */
async function sampleHarness(): Promise<ApiHarness> {
  const h = await openHarness({ exports: true });
  value(await h.api.call('workbook:loadSample', { clients: 2 }));
  for (const client of value(await h.api.call('clients:list', { includeArchived: true }))) {
    value(await h.api.call('agreements:create', { clientId: client.id }));
    const toSign = value(await h.api.call('agreements:create', { clientId: client.id }));
    value(
      await h.api.call('agreements:markSigned', {
        id: toSign.id,
        signedOn: '2026-03-01',
        clientSignerName: client.name,
        coachSignerName: '',
      }),
    );
    // One signed in the room (something to verify), one sent and waiting to be.
    for (const signNow of [true, false]) {
      const sent = value(await h.api.call('agreements:create', { clientId: client.id }));
      value(await h.api.call('agreements:markSent', { id: sent.id, sentOn: '2026-03-01' }));
      if (!signNow) continue;
      const picture = signaturePngBase64(60, 20);
      const signatures = [
        { role: 'client', name: client.name || 'Client', method: 'drawn', imagePngBase64: picture },
        { role: 'coach', name: 'Coach', method: 'typed', imagePngBase64: picture },
      ] as const;
      value(
        await h.api.call('agreements:signInRoom', {
          id: sent.id,
          signatures: [...signatures],
          textSha256: await shownFingerprint(h, sent.id),
        }),
      );
    }
  }
  return h;
}

function isResult(answer: unknown): answer is Result<unknown> {
  return typeof answer === 'object' && answer !== null && 'ok' in answer;
}

/** How each call ended, by channel: `ok` or the error code. Printed, and checked for coverage. */
const outcomes = new Map<string, Map<string, number>>();
function count(channel: unknown, outcome: string): void {
  const key = typeof channel === 'string' && isChannel(channel) ? channel : '(no such channel)';
  const byOutcome = outcomes.get(key) ?? new Map<string, number>();
  byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  outcomes.set(key, byOutcome);
}

/**
 * Channels whose valid payloads cannot succeed on a sample workbook: it is not new (loadSample),
 * every client in it exists already (undelete), and it has no backups yet.
 */
const NEVER_OK_HERE: ReadonlySet<Channel> = new Set([
  'workbook:loadSample',
  'workbook:restoreBackup',
  'clients:undelete',
  // Only in recovery: this workbook opened normally, so there is nothing to start again.
  'workbook:startNew',
  // Only for a file the store listed in set-aside/, and nothing was set aside here.
  'workbook:showSetAside',
  'workbook:conflictDetails',
  'workbook:useOtherVersion',
  // Exported in web mode's way, where a browser cannot open the file manager.
  'exports:showInFolder',
  // The sample's template uses the app's clauses, not a Word document (wordTemplate:import
  // is fuzzed with a real one, but each channel starts from a fresh sample).
  'wordTemplate:inspect',
  'wordTemplate:markFields',
  'wordTemplate:preview',
]);

/** One call, checked: a Result, a known code, no internal error, and a sound file after it. */
async function callAndCheck(h: ApiHarness, channel: unknown, payload: unknown): Promise<boolean> {
  const before = await h.fileText();
  const answer: unknown = await h.api.handle(channel, payload);
  calls += 1;
  expect(isResult(answer)).toBe(true);
  if (!isResult(answer)) return false;
  count(channel, answer.ok ? 'ok' : answer.error.code);
  const after = await h.fileText();
  if (!answer.ok) {
    expect(KNOWN_CODES.has(answer.error.code)).toBe(true);
    expect(answer.error.code, answer.error.message).not.toBe('internal');
    expect(answer.error.message.trim()).not.toBe('');
    expect(after).toBe(before);
    return false;
  }
  if (after !== before) {
    const checked = workbook.safeParse(JSON.parse(after));
    expect(checked.success, JSON.stringify(checked.error?.issues.slice(0, 3))).toBe(true);
  }
  return true;
}

describe('every channel survives random and malformed payloads', () => {
  afterAll(() => {
    // The count and the outcomes show that the test did the work it claims.
    console.info(`[apiFuzz] ${calls} calls`);
    for (const [channel, byOutcome] of outcomes) {
      console.info(`  ${channel}: ${[...byOutcome].map(([o, n]) => `${o} ${n}`).join(', ')}`);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(CHANNELS.map((channel) => [channel]))('%s', async (channel: Channel) => {
    const h = await sampleHarness();
    try {
      const snapshot = value(await h.api.call('workbook:get', {}));
      const chosen = value(await h.api.call('exports:chooseFolder', {}));
      const folders = chosen.status === 'chosen' ? [chosen.folder] : [];
      const valid: fc.Arbitrary<unknown> = validPayloads(snapshot, folders)[channel];
      // Valid payloads, valid ones broken in one place, and anything at all.
      let succeeded = 0;
      await fc.assert(
        fc.asyncProperty(valid, async (payload) => {
          if (await callAndCheck(h, channel, payload)) succeeded += 1;
        }),
        { numRuns: RUNS },
      );
      // Otherwise the fuzzing would only ever have exercised refusals.
      if (!NEVER_OK_HERE.has(channel)) expect(succeeded).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(valid, breakage, async (payload, how) => {
          await callAndCheck(h, channel, breakPayload(payload, how));
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(junk, async (payload) => {
          await callAndCheck(h, channel, payload);
        }),
        { numRuns: RUNS },
      );
    } finally {
      await h.dispose();
    }
  });

  it('refuses operations that do not exist, whatever they are called', async () => {
    const h = await sampleHarness();
    try {
      const near = CHANNELS.flatMap((c) => [c.toUpperCase(), `${c} `, c.replace(':', '.')]);
      const names = fc.oneof(
        nastyString,
        fc.constantFrom(...near, '__proto__', 'constructor', 'hasOwnProperty', 'toString'),
        junk,
      );
      await fc.assert(
        fc.asyncProperty(names, junk, async (name, payload) => {
          const before = await h.fileText();
          const answer = await h.api.handle(name, payload);
          calls += 1;
          expect(answer.ok).toBe(false);
          if (!answer.ok) expect(answer.error.code).toBe('invalid');
          expect(await h.fileText()).toBe(before);
        }),
        { numRuns: RUNS * 5 },
      );
    } finally {
      await h.dispose();
    }
  });
});
