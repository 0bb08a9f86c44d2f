import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPONSOR_PARTS } from '../../src/shared/schema';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ciRun = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');

/** The command lines in the README's shell blocks, in order. */
function readmeCommandLines(): string[] {
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').trim());
}

describe('README', () => {
  it('gives exactly two command lines after the prerequisites: install+start, then tests', () => {
    const lines = readmeCommandLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/npm start$/);
    expect(lines[1]).toMatch(/npm test$/);
    expect(readme.indexOf('## Prerequisites')).toBeLessThan(readme.indexOf('```sh'));
  });

  it('has CI run exactly the README test line', () => {
    const testLine = readmeCommandLines()[1] ?? '';
    const ciLines = ciRun.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(ciLines.at(-1)).toBe(testLine);
  });

  it('names every part a sponsor report can take with --include', () => {
    for (const part of SPONSOR_PARTS) expect(readme).toContain(`| \`${part}\``);
  });
});
