import { Paragraph, type FileChild } from 'docx';
import type { SkillEntry, SkillsWorksheet } from '../../shared/schema';
import {
  skillGaps,
  skillLabel,
  skillsByGroup,
  strongestSkills,
} from '../../shared/domain/skillsSummary';
import { EVERY_PART, type PartFilter } from '../../shared/domain/sponsorReport';
import type { DocContext } from './layout';
import { dataTable, dots, label, introNote, outline, part, type CellContent } from './parts';
import { STYLE } from './styles';
import { figure } from './pictures/figure';
import { skillsChart } from './pictures/skillsChart';
import { cleanText, styledRun, textRuns } from './text';

/** A cell of labelled lines ("Situation: …"), leaving out the empty ones. */
function labelledLines(lines: readonly (readonly [string, string])[]): CellContent {
  const filled = lines.filter(([, text]) => text.trim() !== '');
  if (filled.length === 0) return '';
  return filled.map(
    ([name, text]) =>
      new Paragraph({
        style: STYLE.tableText,
        children: [styledRun(`${name}: `, { bold: true }), ...textRuns(cleanText(text))],
      }),
  );
}

function skillName(entry: SkillEntry): string {
  const name = skillLabel(entry.skill) || 'Unnamed skill';
  return entry.wantToDevelop ? `${name}\n(wants to develop)` : name;
}

function summary(
  sheet: SkillsWorksheet,
  ctx: DocContext,
  depth: 0 | 1,
  wants: PartFilter,
): FileChild[] {
  const o = outline(depth);
  const strongest = strongestSkills(sheet, 8);
  const gaps = skillGaps(sheet);
  const target = sheet.targetRole.title.trim();
  const chart = figure(ctx, skillsChart(sheet));
  const strongestPart = [
    ...(chart.length > 0 ? [label('Proficiency and enjoyment'), ...chart] : []),
    ...(strongest.length === 0
      ? []
      : [
          label('Strongest and most enjoyed'),
          dataTable(
            ctx,
            ['Skill', 'Proficiency', 'Enjoyment'],
            strongest.map((e) => [skillLabel(e.skill), dots(e.proficiency), dots(e.enjoyment)]),
            [50, 25, 25],
          ),
        ]),
  ];
  const gapsPart =
    gaps.length === 0
      ? // A target role named without requirements is still worth saying.
        target === ''
        ? []
        : [label(`Target role: ${target}`)]
      : [
          label(target === '' ? 'Gaps for the target role' : `Gaps for the target role: ${target}`),
          dataTable(
            ctx,
            ['Skill the role asks for', 'Level asked', 'Current level', 'Gap'],
            gaps.map((g) => [
              g.label,
              dots(g.level),
              g.proficiency === 0 ? 'Not in the inventory' : dots(g.proficiency),
              g.gap === 0 ? 'Met' : `${g.gap} level${g.gap === 1 ? '' : 's'} to go`,
            ]),
            [34, 22, 22, 22],
          ),
        ];
  return part(o.section('Summary'), [
    ...(wants('skills-summary') ? strongestPart : []),
    ...(wants('skills-target-role') ? gapsPart : []),
  ]);
}

/**
 * The body of a skills inventory: summary, then every skill by group with its evidence; a
 * sponsor report shows only the parts `wants` keeps.
 */
export function skillsSections(
  sheet: SkillsWorksheet,
  ctx: DocContext,
  depth: 0 | 1,
  wants: PartFilter = EVERY_PART,
): FileChild[] {
  const o = outline(depth);
  const groups = skillsByGroup(sheet);
  return [
    ...summary(sheet, ctx, depth, wants),
    ...(groups.length === 0 || !wants('skills-entries')
      ? []
      : [
          o.section('Skills inventory'),
          introNote('Proficiency and enjoyment are rated from 1 (low) to 5 (high).'),
          ...groups.flatMap((group) => [
            o.sub(`${group.label} (${group.taxonomy})`),
            dataTable(
              ctx,
              ['Skill', 'Proficiency', 'Enjoyment', 'Evidence', 'Gained at / carries over to'],
              group.entries.map((e) => [
                skillName(e),
                dots(e.proficiency),
                dots(e.enjoyment),
                labelledLines([
                  ['Situation', e.evidence.situation],
                  ['Action', e.evidence.action],
                  ['Result', e.evidence.result],
                ]),
                labelledLines([
                  ['Gained at', e.gainedAt],
                  ['Carries over to', e.transfersTo],
                ]),
              ]),
              [20, 14, 14, 30, 22],
            ),
          ]),
        ]),
  ];
}
