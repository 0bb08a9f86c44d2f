import { describe, expect, it } from 'vitest';
import {
  IDP_CHART_WIDTH,
  MOST_OBJECTIVES_DRAWN,
  idpChart,
  type IdpChartOptions,
} from '../../src/main/export/pictures/idpChart';
import type { Objective } from '../../src/shared/schema';
import { svgRects, svgTexts, span } from '../helpers/svgParts';

const TODAY = '2026-11-23';
const options: IdpChartOptions = {
  today: TODAY,
  date: (iso) => iso ?? '',
  name: (objective) => objective.what,
};

type Status = Objective['activities'][number]['status'];

function objective(
  what: string,
  statuses: readonly Status[],
  targetDate: string | null = null,
): Objective {
  return {
    id: `o-${what}`,
    what,
    measure: '',
    targetDate,
    priority: 'medium',
    activities: statuses.map((status, i) => ({
      id: `a-${what}-${i}`,
      kind: 'course',
      description: '',
      resources: '',
      managerSupport: '',
      status,
      evidence: '',
    })),
  };
}

function chart(objectives: Objective[]) {
  const picture = idpChart({ objectives }, options);
  if (picture === null) throw new Error('no chart');
  return picture;
}

/** The bar blocks: rectangles as tall as a bar, with their fill, left to right. */
function blocks(svg: string): { x: number; y: number; fill: string }[] {
  return svgRects(svg).filter((rect) => rect.height === 17 && rect.width > 0);
}

describe('idpChart', () => {
  it('draws nothing for a plan without objectives', () => {
    expect(idpChart({ objectives: [] }, options)).toBeNull();
  });

  it('names every objective, numbered, with one block per activity, done first', () => {
    const picture = chart([
      objective('Learn the data tools', ['notStarted', 'done', 'inProgress', 'dropped']),
      objective('Build a budget', ['done', 'done']),
    ]);
    const texts = svgTexts(picture.svg).map((t) => t.text);
    expect(texts).toContain('1. Learn the data tools');
    expect(texts).toContain('2. Build a budget');
    expect(texts).toContain('1 of 3 done'); // the dropped activity does not count
    expect(texts).toContain('All done');
    const first = blocks(picture.svg).filter((b) => b.y < 32 + 50);
    expect(first.map((b) => b.fill)).toEqual(['#2F6690', 'url(#under-way)', '#FFFFFF']);
    expect(blocks(picture.svg)).toHaveLength(5);
  });

  it('says in words which objectives are overdue, and when the others are due', () => {
    const picture = chart([
      objective('Late one', ['notStarted'], '2026-10-01'),
      objective('Done late', ['done'], '2026-10-01'),
      objective('Coming up', ['inProgress'], '2027-01-15'),
    ]);
    const texts = svgTexts(picture.svg).map((t) => t.text);
    expect(texts).toContain('Overdue, due 2026-10-01');
    expect(texts.filter((t) => t.startsWith('Overdue'))).toHaveLength(1);
    expect(texts).toContain('Due 2027-01-15');
    expect(picture.description).toContain(
      '1. Late one: 0 of 1 activities done; overdue, it was due 2026-10-01.',
    );
  });

  it('shows dropped objectives and objectives without activities for what they are', () => {
    const picture = chart([objective('Gone', ['dropped']), objective('Not planned', [])]);
    const texts = svgTexts(picture.svg).map((t) => t.text);
    expect(texts).toContain('Dropped');
    expect(texts).toContain('No activities planned yet');
    expect(picture.description).toContain('1. Gone: dropped.');
    expect(picture.description).toContain('2. Not planned: no activities planned yet.');
  });

  it('shortens a long name so it never runs into its due date or off the chart', () => {
    const name =
      'Become the person everybody in the organisation asks about budgets, rotas, planning and every other thing that comes up on a Monday';
    const picture = chart([objective(name, ['notStarted'], '2027-03-01')]);
    const texts = svgTexts(picture.svg);
    const label = texts.find((t) => t.text.startsWith('1. '));
    const due = texts.find((t) => t.text.startsWith('Due'));
    if (!label || !due) throw new Error('label or due date missing');
    expect(label.text.endsWith('…')).toBe(true);
    expect(span(label).right).toBeLessThan(span(due).left);
    for (const text of texts) {
      expect(span(text).left).toBeGreaterThanOrEqual(0);
      expect(span(text).right).toBeLessThanOrEqual(IDP_CHART_WIDTH);
    }
  });

  it('draws at most a page of objectives and counts the rest', () => {
    const many = Array.from({ length: 20 }, (_, i) => objective(`Objective ${i + 1}`, ['done']));
    const picture = chart(many);
    const texts = svgTexts(picture.svg).map((t) => t.text);
    expect(texts).toContain(`${MOST_OBJECTIVES_DRAWN}. Objective ${MOST_OBJECTIVES_DRAWN}`);
    expect(texts).not.toContain(
      `${MOST_OBJECTIVES_DRAWN + 1}. Objective ${MOST_OBJECTIVES_DRAWN + 1}`,
    );
    expect(texts).toContain(
      `+ ${20 - MOST_OBJECTIVES_DRAWN} more objectives, each described below`,
    );
    // About 7 inches at most on the page (0.74 pt a unit).
    expect(picture.height).toBeLessThanOrEqual(740);
    expect(picture.description).toContain(`And ${20 - MOST_OBJECTIVES_DRAWN} more.`);
  });

  it('draws rows that never overlap', () => {
    const picture = chart(
      Array.from({ length: 6 }, (_, i) => objective(`O${i}`, ['done', 'notStarted'])),
    );
    const labels = svgTexts(picture.svg).filter((t) => /^\d+\. /.test(t.text));
    const bars = blocks(picture.svg);
    labels.forEach((label, i) => {
      const next = labels[i + 1];
      const rowBars = bars.filter((b) => b.y > label.y && (next === undefined || b.y < next.y));
      expect(rowBars).toHaveLength(2);
      if (next) expect(next.y - label.y).toBeGreaterThanOrEqual(40);
    });
  });
});
