import { describe, expect, it } from 'vitest';
import {
  SKILLS_CHART_MOST_HEIGHT,
  SKILLS_CHART_WIDTH,
  skillsChart,
} from '../../src/main/export/pictures/skillsChart';
import type { SkillEntry } from '../../src/shared/schema';
import { svgRects, svgTexts, span, type SvgRect } from '../helpers/svgParts';

function skill(name: string, proficiency: number, enjoyment: number): SkillEntry {
  return {
    id: `s-${name}`,
    skill: { source: 'custom', name, groupId: 'onet-social' },
    proficiency,
    enjoyment,
    evidence: { situation: '', action: '', result: '' },
    gainedAt: '',
    transfersTo: '',
    wantToDevelop: false,
  };
}

function chart(entries: SkillEntry[]) {
  const picture = skillsChart({ entries });
  if (picture === null) throw new Error('no chart');
  return picture;
}

/** The 25 cells of the grid, by "proficiency,enjoyment" (left to right, then bottom to top). */
function cellsOf(svg: string): Map<string, SvgRect> {
  const grid = svgRects(svg).filter((rect) => rect.width > 100 && rect.fill !== 'none');
  const xs = [...new Set(grid.map((rect) => rect.x))].sort((a, b) => a - b);
  const ys = [...new Set(grid.map((rect) => rect.y))].sort((a, b) => b - a);
  return new Map(
    grid.map((rect) => [`${xs.indexOf(rect.x) + 1},${ys.indexOf(rect.y) + 1}`, rect] as const),
  );
}

/** The cell a line of text sits in. */
function cellOf(cells: Map<string, SvgRect>, x: number, y: number): string | undefined {
  return [...cells].find(
    ([, r]) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height,
  )?.[0];
}

describe('skillsChart', () => {
  it('draws nothing when no skill is listed', () => {
    expect(skillsChart({ entries: [] })).toBeNull();
  });

  it('writes every skill in the cell of its proficiency and enjoyment', () => {
    const entries = [
      skill('Negotiation', 3, 5),
      skill('Writing', 2, 4),
      skill('Handling and moving', 4, 4),
      skill('Science', 2, 2),
      skill('Time management', 5, 1),
    ];
    const picture = chart(entries);
    const cells = cellsOf(picture.svg);
    expect(cells.size).toBe(25);
    const lines = svgTexts(picture.svg);
    for (const entry of entries) {
      const name = entry.skill.source === 'custom' ? entry.skill.name : '';
      const first = lines.find((line) => line.text.startsWith(`• ${name.split(' ')[0] ?? ''}`));
      if (!first) throw new Error(`${name} is not drawn`);
      expect(cellOf(cells, first.x, first.y)).toBe(`${entry.proficiency},${entry.enjoyment}`);
    }
  });

  it('shades the strong-and-enjoyed corner and says what it means', () => {
    const picture = chart([skill('Handling and moving', 4, 4), skill('Writing', 2, 4)]);
    const cells = cellsOf(picture.svg);
    const shaded = [...cells].filter(([, rect]) => rect.fill !== '#FFFFFF').map(([key]) => key);
    expect(shaded.sort()).toEqual(['4,4', '4,5', '5,4', '5,5']);
    expect(svgTexts(picture.svg).map((t) => t.text)).toContain(
      'Strong and enjoyed: 4 or more for both',
    );
    expect(picture.description).toContain('Strong and enjoyed: Handling and moving.');
    expect(picture.description).toContain('Writing (proficiency 2, enjoyment 4)');
  });

  it('wraps and shortens long names inside their cell', () => {
    const name =
      'Explaining complicated insurance products to people who have never bought insurance before';
    const picture = chart([skill(name, 1, 1), skill('Writing', 1, 1)]);
    const cells = cellsOf(picture.svg);
    const cell = cells.get('1,1');
    if (!cell) throw new Error('no cell 1,1');
    const inCell = svgTexts(picture.svg).filter((t) => cellOf(cells, t.x, t.y) === '1,1');
    expect(inCell.length).toBe(4); // three lines of the long name, one of Writing
    expect(inCell[2]?.text.endsWith('…')).toBe(true);
    for (const line of inCell) {
      expect(span(line).right).toBeLessThanOrEqual(cell.x + cell.width);
      expect(line.y).toBeLessThan(cell.y + cell.height);
    }
  });

  it('keeps a crowded chart within a page and counts what a full cell leaves out', () => {
    const entries = Array.from({ length: 40 }, (_, i) => skill(`Skill number ${i + 1}`, 3, 3));
    const picture = chart(entries);
    expect(picture.height).toBeLessThanOrEqual(SKILLS_CHART_MOST_HEIGHT);
    const texts = svgTexts(picture.svg).map((t) => t.text);
    const shown = texts.filter((t) => t.startsWith('• Skill number')).length;
    const more = texts.find((t) => /^\+ \d+ more$/.test(t));
    expect(more).toBeDefined();
    expect(shown + Number(/\d+/.exec(more ?? '')?.[0])).toBe(40);
    for (const text of svgTexts(picture.svg)) {
      expect(span(text).right).toBeLessThanOrEqual(SKILLS_CHART_WIDTH);
    }
  });
});
