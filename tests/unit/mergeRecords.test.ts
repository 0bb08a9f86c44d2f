import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeRecords, sameRecord, type MergeRules } from '../../src/shared/domain/mergeRecords';

interface Rec {
  id: string;
  updatedAt: string | null;
  locked?: boolean;
  text: string;
}

const rules: MergeRules<Rec> = {
  updatedAt: (record) => record.updatedAt,
  isLocked: (record) => record.locked === true,
};

function merge(base: Map<string, Rec>, ours: Map<string, Rec>, theirs: Map<string, Rec>) {
  return mergeRecords(base, ours, theirs, rules);
}

const rec = (text: string, updatedAt: string | null, locked?: boolean): Rec =>
  locked === undefined ? { id: 'r', updatedAt, text } : { id: 'r', updatedAt, locked, text };

// Small domains, so that equal versions, equal timestamps and both-locked clashes happen often.
const recArb: fc.Arbitrary<Rec> = fc.record(
  {
    id: fc.constantFrom('r1', 'r2'),
    updatedAt: fc.constantFrom(
      null,
      '2025-03-01T10:00:00.000Z',
      '2025-03-01T12:00:00.000Z',
      '2025-03-01T14:00:00+02:00', // the same instant as 12:00Z
    ),
    locked: fc.boolean(),
    text: fc.constantFrom('x', 'y', 'z'),
  },
  { requiredKeys: ['id', 'updatedAt', 'text'] },
);

type Side = { kind: 'keep' } | { kind: 'delete' } | { kind: 'edit'; record: Rec };
const sideArb: fc.Arbitrary<Side> = fc.oneof(
  fc.constant({ kind: 'keep' as const }),
  fc.constant({ kind: 'delete' as const }),
  recArb.map((record) => ({ kind: 'edit' as const, record })),
);

const reordered = (r: Rec): Rec => ({
  text: r.text,
  ...(r.locked === undefined ? {} : { locked: r.locked }),
  updatedAt: r.updatedAt,
  id: r.id,
});

function apply(base: Rec | undefined, side: Side): Rec | undefined {
  // An unchanged record read back elsewhere may list its fields in another order.
  if (side.kind === 'keep') return base && reordered(base);
  return side.kind === 'delete' ? undefined : side.record;
}

/** A base and two sides that changed some of its records, keys in any order. */
const threeWayArb = fc
  .uniqueArray(
    fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      fc.option(recArb, { nil: undefined }),
      sideArb,
      sideArb,
      fc.boolean(),
    ),
    { selector: ([key]) => key, maxLength: 5 },
  )
  .map((rows) => {
    const base = new Map<string, Rec>();
    const ours = new Map<string, Rec>();
    const theirs = new Map<string, Rec>();
    for (const [key, b, oSide, tSide, sameEdit] of rows) {
      if (b) base.set(key, b);
      const o = apply(b, oSide);
      const t = sameEdit ? o && reordered(o) : apply(b, tSide);
      if (o) ours.set(key, o);
      if (t) theirs.set(key, t);
    }
    return { base, ours, theirs };
  });

/** Each pair of sides in both roles, since either computer may run the merge. */
const bothWays = <S>(a: S, b: S): [S, S][] => [
  [a, b],
  [b, a],
];

const entries = (map: ReadonlyMap<string, Rec>) => [...map.entries()];

describe('sameRecord', () => {
  it('ignores key order but not array order', () => {
    expect(sameRecord({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameRecord(undefined, null)).toBe(false);
    expect(sameRecord(undefined, undefined)).toBe(true);
  });

  it('agrees with a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameRecord(a, JSON.parse(JSON.stringify(a)))).toBe(true);
        expect(sameRecord(a, b)).toBe(sameRecord(b, a));
      }),
    );
  });
});

describe('mergeRecords examples', () => {
  it('keeps a signed agreement and sets the draft edited elsewhere beside it', () => {
    const draft = rec('draft', '2025-03-01T10:00:00.000Z');
    const signed = rec('signed', '2025-03-02T10:00:00.000Z', true);
    const edited = rec('edited draft', '2025-03-03T10:00:00.000Z');
    const base = new Map([['ag1', draft]]);
    for (const [ours, theirs] of bothWays(signed, edited)) {
      const outcome = merge(base, new Map([['ag1', ours]]), new Map([['ag1', theirs]]));
      expect(outcome.merged.get('ag1')).toBe(signed);
      expect(outcome.conflicts).toEqual([{ key: 'ag1', kept: signed, other: edited }]);
    }
  });

  it('keeps an edit over a deletion, whichever side deleted', () => {
    const before = rec('before', '2025-03-01T10:00:00.000Z');
    const after = rec('after', '2025-03-02T10:00:00.000Z');
    const base = new Map([['w1', before]]);
    const deleted = new Map<string, Rec>();
    const edited = new Map([['w1', after]]);
    expect(merge(base, deleted, edited)).toEqual({
      merged: edited,
      conflicts: [],
      takenFromTheirs: ['w1'],
    });
    expect(merge(base, edited, deleted)).toEqual({
      merged: edited,
      conflicts: [],
      takenFromTheirs: [],
    });
  });

  it('keeps the later updatedAt, comparing instants rather than text', () => {
    const base = new Map([['c1', rec('base', '2025-03-01T09:00:00.000Z')]]);
    const atEleven = rec('at 11:00Z', '2025-03-01T11:00:00.000Z');
    const atTenThirty = rec('at 10:30Z', '2025-03-01T12:30:00+02:00'); // later as text only
    for (const [ours, theirs] of bothWays(atEleven, atTenThirty)) {
      const outcome = merge(base, new Map([['c1', ours]]), new Map([['c1', theirs]]));
      expect(outcome.merged.get('c1')).toBe(atEleven);
      expect(outcome.conflicts).toEqual([{ key: 'c1', kept: atEleven, other: atTenThirty }]);
    }
  });

  it('takes one-sided changes and deletions, in base order then new keys sorted', () => {
    const a = rec('a', null);
    const b = rec('b', null);
    const base = new Map([
      ['z', a],
      ['y', b],
    ]);
    const ours = new Map([
      ['z', a],
      ['y', b],
      ['n2', rec('new here', null)],
    ]);
    const theirs = new Map([
      ['z', rec('a changed', null)],
      ['n1', rec('new there', null)],
    ]);
    const outcome = merge(base, ours, theirs);
    expect([...outcome.merged.keys()]).toEqual(['z', 'n1', 'n2']);
    expect(outcome.merged.get('z')?.text).toBe('a changed');
    expect(outcome.takenFromTheirs).toEqual(['z', 'y', 'n1']);
    expect(outcome.conflicts).toEqual([]);
  });
});

describe('mergeRecords properties', () => {
  it('gives the same result whichever side runs it', () => {
    fc.assert(
      fc.property(threeWayArb, ({ base, ours, theirs }) => {
        const here = merge(base, ours, theirs);
        const there = merge(base, theirs, ours);
        expect(entries(here.merged)).toEqual(entries(there.merged));
        expect(here.conflicts).toEqual(there.conflicts);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(threeWayArb, ({ base, ours, theirs }) => {
        const { merged } = merge(base, ours, theirs);
        expect(entries(merge(base, merged, theirs).merged)).toEqual(entries(merged));
        const again = merge(base, merged, merged);
        expect(entries(again.merged)).toEqual(entries(merged));
        expect(again.conflicts).toEqual([]);
      }),
    );
  });

  it('loses no changed version: each is merged or set aside', () => {
    fc.assert(
      fc.property(threeWayArb, ({ base, ours, theirs }) => {
        const { merged, conflicts } = merge(base, ours, theirs);
        for (const side of [ours, theirs]) {
          for (const [key, version] of side) {
            if (sameRecord(version, base.get(key))) continue;
            const kept = sameRecord(merged.get(key), version);
            const setAside = conflicts.some((c) => c.key === key && sameRecord(c.other, version));
            expect(kept || setAside).toBe(true);
          }
        }
        for (const conflict of conflicts) expect(merged.get(conflict.key)).toBe(conflict.kept);
      }),
    );
  });

  it('takes the changed side when only one side changed a record', () => {
    fc.assert(
      fc.property(threeWayArb, ({ base, ours, theirs }) => {
        const { merged, conflicts } = merge(base, ours, theirs);
        for (const key of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
          const b = base.get(key);
          if (sameRecord(ours.get(key), b)) expect(merged.get(key)).toEqual(theirs.get(key));
          if (sameRecord(theirs.get(key), b)) expect(merged.get(key)).toEqual(ours.get(key));
        }
        const unchanged = (key: string) =>
          sameRecord(ours.get(key), base.get(key)) || sameRecord(theirs.get(key), base.get(key));
        expect(conflicts.filter((c) => unchanged(c.key))).toEqual([]);
      }),
    );
  });

  it('never replaces a changed locked version by an unlocked one', () => {
    fc.assert(
      fc.property(threeWayArb, ({ base, ours, theirs }) => {
        const { merged } = merge(base, ours, theirs);
        for (const [side, other] of bothWays(ours, theirs)) {
          for (const [key, version] of side) {
            if (version.locked !== true || sameRecord(version, base.get(key))) continue;
            const rival = other.get(key);
            if (rival?.locked === true && !sameRecord(rival, base.get(key))) continue;
            expect(merged.get(key)).toEqual(version);
          }
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    fc.assert(
      fc.property(threeWayArb, ({ base, ours, theirs }) => {
        const before = [base, ours, theirs].map((map) => structuredClone(entries(map)));
        merge(base, ours, theirs);
        expect([base, ours, theirs].map(entries)).toEqual(before);
      }),
    );
  });
});
