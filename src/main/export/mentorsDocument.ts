import type { FileChild } from 'docx';
import type { MentorCandidate, MentorsWorksheet } from '../../shared/schema';
import { mentorCoverage } from '../../shared/domain/mentorCoverage';
import {
  CANDIDATE_STATUS_LABELS,
  HOW_FOUND_LABELS,
  RELATIONSHIP_KIND_LABELS,
} from '../../shared/catalogue/labels';
import { EVERY_PART, type PartFilter } from '../../shared/domain/sponsorReport';
import type { DocContext } from './layout';
import {
  body,
  bullets,
  cellLines,
  dataTable,
  dueDate,
  fieldTable,
  label,
  outline,
  part,
} from './parts';
import { COLORS } from './styles';

function joinLines(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n');
}

function candidateBlock(
  candidate: MentorCandidate,
  sheet: MentorsWorksheet,
  ctx: DocContext,
  depth: 0 | 1,
): FileChild[] {
  const o = outline(depth);
  const areaNames = sheet.areas
    .filter((area) => candidate.areaIds.includes(area.id))
    .map((area) => area.name.trim() || 'Unnamed area');
  const log = [...candidate.contactLog].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const nextStep = joinLines(
    candidate.nextStep,
    candidate.nextStepDate
      ? `By ${dueDate(ctx, candidate.nextStepDate, candidate.status !== 'ended')}`
      : '',
  );
  return [
    o.sub(candidate.name.trim() || 'Unnamed person'),
    ...fieldTable(ctx, [
      [
        'Role and organization',
        [candidate.role, candidate.organization].filter((p) => p.trim()).join(', '),
      ],
      ['Areas', areaNames.join('\n')],
      ['Relationship', RELATIONSHIP_KIND_LABELS[candidate.relationship]],
      ['Status', CANDIDATE_STATUS_LABELS[candidate.status]],
      [
        'How I found them',
        // "Some other way" says nothing: the detail says how.
        joinLines(
          candidate.howFound === 'other' ? '' : HOW_FOUND_LABELS[candidate.howFound],
          candidate.howFoundDetail,
        ),
      ],
      ['Next step', nextStep],
      ['What I give back', candidate.givingBack],
    ]),
    ...(log.length === 0
      ? []
      : [
          label('Contact log'),
          dataTable(
            ctx,
            ['Date', 'Note'],
            log.map((e) => [ctx.date(e.date), e.note]),
            [20, 80],
          ),
        ]),
  ];
}

/**
 * The body of a mentor list: areas by rank with who covers them, the gaps, then each person;
 * a sponsor report shows only the parts `wants` keeps.
 */
export function mentorsSections(
  sheet: MentorsWorksheet,
  ctx: DocContext,
  depth: 0 | 1,
  wants: PartFilter = EVERY_PART,
): FileChild[] {
  const o = outline(depth);
  const coverage = mentorCoverage(sheet);
  const areasPart =
    coverage.areas.length === 0
      ? []
      : [
          o.section('Areas for mentoring'),
          dataTable(
            ctx,
            ['Rank', 'Area', 'Who could help', 'Met or active'],
            coverage.areas.map((entry) => [
              String(entry.rank),
              cellLines([
                { text: entry.area.name.trim() || 'Unnamed area', bold: true },
                { text: entry.area.notes, color: COLORS.muted },
              ]),
              entry.candidates.map((c) => c.name.trim() || 'Unnamed person').join('\n') ||
                'Nobody yet',
              String(entry.activeCount),
            ]),
            [8, 42, 34, 16],
          ),
          label('Areas with nobody yet'),
          ...(coverage.uncoveredAreas.length === 0
            ? [body('Every area has at least one person.')]
            : bullets(coverage.uncoveredAreas.map((area) => area.name.trim() || 'Unnamed area'))),
        ];
  const peoplePart = part(
    o.section('People'),
    sheet.candidates.flatMap((c) => candidateBlock(c, sheet, ctx, depth)),
  );
  return [
    ...(wants('mentor-areas') ? areasPart : []),
    ...(wants('mentor-people') ? peoplePart : []),
  ];
}
