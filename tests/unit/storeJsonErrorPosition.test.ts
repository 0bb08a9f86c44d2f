import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/main/cli/check';
import { EXIT } from '../../src/main/cli/command';
import { jsonErrorPosition } from '../../src/main/store/jsonErrorPosition';
import { parseJson } from '../../src/main/store/readWorkbookText';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorPosition', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorPosition(text)).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on damaged JSON, and points inside the text', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '"', 'x', '\n', ']', ':'))
      .map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        const position = jsonErrorPosition(text);
        expect(position === null).toBe(parses(text));
        if (position !== null) expect(position).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the exact spot of a stray comma', () => {
    expect(jsonErrorPosition('{"a": [1,, 2]}')).toBe(9);
  });
});

// Deeper than any call stack: the scanner must not recurse (it runs only on files that failed).
const DEPTH = 200_000;
const OBJECTS = 100_000;
const TRUNCATED = 'The file ends too early (truncated?): it may have been cut off.';
const wrongAt = (column: number) =>
  `The file is not valid workbook data: something is wrong near line 1, column ${column}.`;

/** Deeply nested damaged texts, where the error is, and what a coach is told. */
const deeplyNested = [
  { name: 'truncated arrays', text: '['.repeat(DEPTH), at: DEPTH, message: TRUNCATED },
  {
    name: 'truncated objects',
    text: `${'{"a":'.repeat(OBJECTS)}1`,
    at: OBJECTS * 5 + 1,
    message: TRUNCATED,
  },
  {
    name: 'garbage inside arrays',
    text: `${'['.repeat(DEPTH)}x${']'.repeat(DEPTH)}`,
    at: DEPTH,
    message: wrongAt(DEPTH + 1),
  },
  {
    name: 'garbage inside objects',
    text: `${'{"a":'.repeat(OBJECTS)}x${'}'.repeat(OBJECTS)}`,
    at: OBJECTS * 5,
    message: wrongAt(OBJECTS * 5 + 1),
  },
  {
    // After the comma the object wants a key: the "x" is the error, on the way back out.
    name: 'garbage while closing objects',
    text: `${'{"a":'.repeat(OBJECTS)}1${'}'.repeat(OBJECTS - 1)},x}`,
    at: OBJECTS * 6 + 1,
    message: wrongAt(OBJECTS * 6 + 2),
  },
];

describe('jsonErrorPosition on deeply nested damaged text', () => {
  it.each(deeplyNested)('$name: finds the error without overflowing the stack', (damaged) => {
    expect(jsonErrorPosition(damaged.text)).toBe(damaged.at);
  });

  it('still accepts deeply nested valid JSON', () => {
    const valid = `${'[{"a":'.repeat(OBJECTS)}[]${'}]'.repeat(OBJECTS)}`;
    expect(jsonErrorPosition(valid)).toBeNull();
  });

  it.each(deeplyNested)('$name: parseJson says what is wrong in a sentence', (damaged) => {
    expect(parseJson(damaged.text)).toEqual({ ok: false, message: damaged.message });
  });

  describe('cli check on such a file', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'cw-deep-json-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it.each(deeplyNested)('$name: reports the problem instead of crashing', async (damaged) => {
      const file = join(dir, `${damaged.name.replaceAll(' ', '-')}.json`);
      await writeFile(file, damaged.text);
      const out: string[] = [];
      const err: string[] = [];
      const code = await checkCommand.run(['--workbook', file], {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
      });
      // Where the sentence goes (stdout or stderr) is the command's business; that it is there,
      // whole and alone, instead of a stack overflow, is this test's.
      expect(code).toBe(EXIT.problem);
      expect([...out, ...err]).toHaveLength(1);
      expect([...out, ...err].join('\n')).toContain(damaged.message);
    });
  });
});
