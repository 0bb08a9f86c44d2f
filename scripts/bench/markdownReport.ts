/**
 * The client report as pandoc Markdown, for the pandoc comparison: the same headings,
 * paragraphs, bullets and tables (with the same rows and columns) as the Word report that
 * src/main/export/clientReport.ts builds, from the same workbook data and the same domain
 * functions, so both tools turn a comparable amount of content into a .docx. What Markdown
 * cannot say is left out: shading, the drawn progress bar (its percentage is in the text),
 * page breaks, header and footer, and the contents page (pandoc makes none by default).
 */
import type {
  AgreementWorksheet,
  BoundaryMapWorksheet,
  Client,
  IdpWorksheet,
  MentorsWorksheet,
  SkillsWorksheet,
  Workbook,
  Worksheet,
} from '../../src/shared/schema';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_LABELS,
  AGREEMENT_STATUS_LABELS,
  ALTERNATIVE_COMPENSATION_LABELS,
  CANDIDATE_STATUS_LABELS,
  CLIENT_STATUS_LABELS,
  DECISION_LABELS,
  HOW_FOUND_LABELS,
  ONE_ON_ONE_FREQUENCY_LABELS,
  POWER_HOLDER_LABELS,
  PRIORITY_LABELS,
  RELATIONSHIP_KIND_LABELS,
  REVIEWER_ROLE_LABELS,
  SITUATION_KIND_LABELS,
} from '../../src/shared/catalogue/labels';
import { formatDate } from '../../src/shared/domain/dates';
import { idpProgress, objectiveState } from '../../src/shared/domain/idpProgress';
import { mentorCoverage } from '../../src/shared/domain/mentorCoverage';
import { fillClauses, fillMergeFields, mergeValuesFor } from '../../src/shared/domain/mergeFields';
import { richTextToPlain } from '../../src/shared/richText';
import {
  skillGaps,
  skillLabel,
  skillsByGroup,
  strongestSkills,
} from '../../src/shared/domain/skillsSummary';
import { reportWorksheets } from '../../src/main/export/clientReport';
import { firstLine } from '../../src/shared/domain/words';
import { chapterTitle } from '../../src/main/export/worksheetSections';

/** What an empty table cell shows, as in the Word report. */
const EMPTY = '—';
const BULLET_LINE = /^\s*[•·*\-–]\s+(.*)$/;

/** Markdown text of one line: punctuation that Markdown reads as markup is escaped. */
function inline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]<>|#~^$@]/g, (c) => `\\${c}`)
    .trim();
}

/** Several lines in one table cell or heading: Markdown pipe tables have no line breaks. */
function cellText(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length === 0 ? EMPTY : lines.map(inline).join('; ');
}

function italic(text: string): string {
  return `*${inline(text)}*`;
}

/** Free text as paragraphs and bullets, the way the Word builders split it. */
function blocks(text: string, placeholder = 'Nothing written yet.'): string[] {
  if (text.trim() === '') return [italic(placeholder)];
  const out: string[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    const filled = lines.filter((l) => l.trim() !== '');
    if (filled.length > 0) out.push(filled.map(inline).join('\\\n'));
    lines = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const bullet = BULLET_LINE.exec(line);
    if (bullet) {
      flush();
      out.push(`- ${inline(bullet[1] ?? '')}`);
    } else if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return out;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${inline(text) || 'Untitled'}`;
}

function label(text: string): string {
  return `**${inline(text)}**`;
}

function passage(name: string, text: string): string[] {
  return [label(name), ...blocks(text)];
}

function bullets(items: readonly string[], placeholder: string): string[] {
  const filled = items.filter((i) => i.trim() !== '');
  return filled.length === 0
    ? [italic(placeholder)]
    : [filled.map((i) => `- ${inline(i)}`).join('\n')];
}

/** A pipe table; the dashes under the header give pandoc each column's share of the width. */
function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(headers.map((h) => (h === '' ? ' ' : inline(h)))),
    line(weights.map((w) => '-'.repeat(Math.max(3, Math.round(w / 2))))),
    ...rows.map((row) => line(row.map(cellText))),
  ].join('\n');
}

/** A two-column table of labelled values: headerless (pandoc drops an all-empty header). */
function fieldTable(fields: readonly (readonly [string, string])[]): string {
  return table(['', ''], fields, [30, 70]);
}

function dots(value: number): string {
  const n = Math.max(0, Math.min(5, Math.round(value)));
  return `${'●'.repeat(n)}${'○'.repeat(5 - n)} ${n}/5`;
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

interface Ctx {
  today: string;
  date(iso: string | null): string;
  workbook: Workbook;
}

function signatures(signers: readonly { role: string; name: string; date: string }[]): string {
  return table(
    signers.map((s) => s.role),
    [
      signers.map(() => '______________________ (Signature)'),
      signers.map((s) => `Name: ${s.name}`),
      signers.map((s) => `Date: ${s.date.trim() || '____________________'}`),
    ],
    signers.map(() => 50),
  );
}

const OBJECTIVE_STATE_LABELS = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
} as const;

function idp(sheet: IdpWorksheet, ctx: Ctx): string[] {
  const { profile, goals, review, signOff } = sheet;
  const salary = review.salary;
  const progress = idpProgress(sheet, ctx.today);
  const dueLine = (o: IdpWorksheet['objectives'][number]) =>
    `${firstLine(o.what, 'Objective')} (${ctx.date(o.targetDate)})`;
  const log = [...sheet.progressLog].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return [
    heading(2, 'Profile'),
    fieldTable([
      ['Name', profile.name],
      ['Current position', profile.position],
      ['Organization', profile.organization],
      ['Manager', profile.manager],
    ]),
    heading(2, 'Career goals'),
    ...passage('Short term (about a year)', goals.shortTerm),
    ...passage('Long term (three to five years)', goals.longTerm),
    ...passage('Strengths', goals.strengths),
    ...passage('Areas to develop', goals.areasToDevelop),
    heading(2, 'Progress at a glance'),
    italic(`As of ${ctx.date(ctx.today)}: ${progress.percent}% of the plan is complete.`),
    fieldTable([
      ['Objectives done', `${progress.objectivesDone} of ${progress.objectivesTotal}`],
      ['Activities done', `${progress.activitiesDone} of ${progress.activitiesTotal}`],
      ['Overdue', progress.overdue.map(dueLine).join('\n') || 'Nothing overdue'],
      ['Due in the next 30 days', progress.dueSoon.map(dueLine).join('\n') || 'Nothing due soon'],
    ]),
    heading(2, 'Development objectives'),
    ...(sheet.objectives.length === 0
      ? [italic('No objectives written yet.')]
      : sheet.objectives.flatMap((o, i) => [
          heading(3, `${i + 1}. ${firstLine(o.what, 'Objective')}`),
          ...(o.what.trim().includes('\n') ? blocks(o.what) : []),
          fieldTable([
            ['How success is measured', o.measure],
            ['Target date', ctx.date(o.targetDate)],
            ['Priority', PRIORITY_LABELS[o.priority]],
            ['Status', OBJECTIVE_STATE_LABELS[objectiveState(o)]],
          ]),
          label('Activities'),
          o.activities.length === 0
            ? italic('No activities planned yet.')
            : table(
                ['Activity', 'Description', 'Resources and support', 'Status', 'Evidence'],
                o.activities.map((a) => [
                  ACTIVITY_KIND_LABELS[a.kind],
                  a.description,
                  [a.resources, a.managerSupport && `Support: ${a.managerSupport}`]
                    .filter(Boolean)
                    .join('\n'),
                  ACTIVITY_STATUS_LABELS[a.status],
                  a.evidence,
                ]),
                [16, 30, 22, 12, 20],
              ),
        ])),
    heading(2, 'Progress log'),
    log.length === 0
      ? italic('No entries yet.')
      : table(
          ['Date', 'What happened'],
          log.map((e) => [ctx.date(e.date), e.entry]),
          [20, 80],
        ),
    heading(2, 'Review rhythm'),
    fieldTable([
      [
        'One-on-ones',
        `${ONE_ON_ONE_FREQUENCY_LABELS[review.oneOnOneFrequency]}, ${review.oneOnOneMinutes} minutes`,
      ],
      ['Next review', ctx.date(review.nextReviewDate)],
    ]),
    heading(3, 'Salary conversation'),
    fieldTable([
      ['Raise promised', yesNo(salary.raisePromised)],
      ['Promise in writing', yesNo(salary.inWriting)],
      ['Expected by', ctx.date(salary.expectedDate)],
      ['Next quarterly check', ctx.date(salary.nextQuarterlyReview)],
    ]),
    label('Alternatives the manager can offer'),
    ...bullets(
      salary.alternatives.map((a) => ALTERNATIVE_COMPENSATION_LABELS[a]),
      'None chosen.',
    ),
    ...(salary.notes.trim() === '' ? [] : passage('Notes', salary.notes)),
    heading(2, 'Sign-off'),
    signatures([
      { role: 'Employee', name: signOff.employeeName, date: ctx.date(signOff.employeeDate) },
      {
        role: REVIEWER_ROLE_LABELS[signOff.reviewerRole],
        name: signOff.reviewerName,
        date: ctx.date(signOff.reviewerDate),
      },
    ]),
  ];
}

function labelledLines(lines: readonly (readonly [string, string])[]): string {
  return lines
    .filter(([, text]) => text.trim() !== '')
    .map(([name, text]) => `${name}: ${text}`)
    .join('\n');
}

function skills(sheet: SkillsWorksheet): string[] {
  const strongest = strongestSkills(sheet, 8);
  const gaps = skillGaps(sheet);
  const target = sheet.targetRole.title.trim();
  const groups = skillsByGroup(sheet);
  return [
    heading(2, 'Summary'),
    label('Strongest and most enjoyed'),
    strongest.length === 0
      ? italic('No skill is rated 4 or more for both proficiency and enjoyment yet.')
      : table(
          ['Skill', 'Proficiency', 'Enjoyment'],
          strongest.map((e) => [skillLabel(e.skill), dots(e.proficiency), dots(e.enjoyment)]),
          [50, 25, 25],
        ),
    label(target === '' ? 'Gaps for the target role' : `Gaps for the target role: ${target}`),
    gaps.length === 0
      ? italic('No target role described yet.')
      : table(
          ['Skill the role asks for', 'Level asked', 'Current level', 'Gap'],
          gaps.map((g) => [
            g.label,
            dots(g.level),
            g.proficiency === 0 ? 'Not in the inventory' : dots(g.proficiency),
            g.gap === 0 ? 'Met' : `${g.gap} level${g.gap === 1 ? '' : 's'} to go`,
          ]),
          [34, 22, 22, 22],
        ),
    heading(2, 'Skills inventory'),
    italic('Proficiency and enjoyment are rated from 1 (low) to 5 (high).'),
    ...(groups.length === 0
      ? [italic('No skills listed yet.')]
      : groups.flatMap((group) => [
          heading(3, `${group.label} (${group.taxonomy})`),
          table(
            ['Skill', 'Proficiency', 'Enjoyment', 'Evidence', 'Gained at / carries over to'],
            group.entries.map((e) => {
              const name = skillLabel(e.skill) || 'Unnamed skill';
              return [
                e.wantToDevelop ? `${name}\n(wants to develop)` : name,
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
              ];
            }),
            [20, 14, 14, 30, 22],
          ),
        ])),
  ];
}

function mentors(sheet: MentorsWorksheet, ctx: Ctx): string[] {
  const coverage = mentorCoverage(sheet);
  const joinLines = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n');
  return [
    heading(2, 'Areas for mentoring'),
    coverage.areas.length === 0
      ? italic('No areas listed yet.')
      : table(
          ['Rank', 'Area', 'Who could help', 'Met or active'],
          coverage.areas.map((entry) => [
            String(entry.rank),
            joinLines(entry.area.name.trim() || 'Unnamed area', entry.area.notes),
            entry.candidates.map((c) => c.name.trim() || 'Unnamed person').join('\n') ||
              'Nobody yet',
            String(entry.activeCount),
          ]),
          [8, 42, 34, 16],
        ),
    label('Areas with nobody yet'),
    ...bullets(
      coverage.uncoveredAreas.map((area) => area.name.trim() || 'Unnamed area'),
      'Every area has at least one person.',
    ),
    heading(2, 'People'),
    ...(sheet.candidates.length === 0
      ? [italic('Nobody listed yet.')]
      : sheet.candidates.flatMap((c) => {
          const areaNames = sheet.areas
            .filter((area) => c.areaIds.includes(area.id))
            .map((area) => area.name.trim() || 'Unnamed area');
          const log = [...c.contactLog].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
          return [
            heading(3, c.name.trim() || 'Unnamed person'),
            fieldTable([
              [
                'Role and organization',
                [c.role, c.organization].filter((p) => p.trim()).join(', '),
              ],
              ['Areas', areaNames.join('\n')],
              ['Relationship', RELATIONSHIP_KIND_LABELS[c.relationship]],
              ['Status', CANDIDATE_STATUS_LABELS[c.status]],
              ['How I found them', joinLines(HOW_FOUND_LABELS[c.howFound], c.howFoundDetail)],
              [
                'Next step',
                joinLines(c.nextStep, c.nextStepDate ? `By ${ctx.date(c.nextStepDate)}` : ''),
              ],
              ['What I give back', c.givingBack],
            ]),
            ...(log.length === 0
              ? []
              : [
                  label('Contact log'),
                  table(
                    ['Date', 'Note'],
                    log.map((e) => [ctx.date(e.date), e.note]),
                    [20, 80],
                  ),
                ]),
          ];
        })),
  ];
}

function boundaryMap(sheet: BoundaryMapWorksheet, ctx: Ctx): string[] {
  const { situation, decision, words, review, cost, boundaries, power } = sheet;
  const list = (texts: readonly string[]) =>
    texts.filter((t) => t.trim() !== '').join('\n') || 'Nothing listed yet.';
  const negotiable = boundaries.negotiable
    .filter((n) => n.text.trim() !== '')
    .map((n) =>
      n.conditions.trim() === '' ? n.text : `${n.text} (on condition: ${n.conditions})`,
    );
  return [
    heading(2, 'The situation'),
    fieldTable([
      ['What is happening', SITUATION_KIND_LABELS[situation.kind]],
      ...(situation.counterpart.trim() === '' ? [] : [['With', situation.counterpart] as const]),
      ['In detail', situation.description],
    ]),
    heading(2, 'The map'),
    italic('Three questions: what it costs, where my boundaries are, and who holds the power.'),
    label('What it costs'),
    table(
      ['To act', 'Not to act'],
      [
        [
          cost.ofActing || 'Not thought through yet.',
          cost.ofNotActing || 'Not thought through yet.',
        ],
        ['To keep this client', 'To lose this client'],
        [cost.ofKeeping || 'Not thought through yet.', cost.ofLosing || 'Not thought through yet.'],
      ],
      [50, 50],
    ),
    label('Where my boundaries are'),
    table(
      ['I am willing to', 'Negotiable, on conditions', 'I will not'],
      [
        [
          list(boundaries.willing.map((i) => i.text)),
          list(negotiable),
          list(boundaries.willNot.map((i) => i.text)),
        ],
      ],
      [33, 34, 33],
    ),
    label(`Who holds the power: ${POWER_HOLDER_LABELS[power.holder]}`),
    ...(power.why.trim() === '' ? [] : blocks(power.why)),
    table(
      ['What I bring that they value', 'What they bring'],
      [[list(power.iBring.map((i) => i.text)), list(power.theyBring.map((i) => i.text))]],
      [50, 50],
    ),
    heading(2, 'The decision'),
    fieldTable([
      ['Decision', DECISION_LABELS[decision.choice]],
      ['Why', decision.rationale],
    ]),
    heading(3, 'The words I will use'),
    ...passage('What I will say', words.script),
    ...passage('If I need time first', words.holdingAnswer),
    ...passage('If the line is crossed again', sheet.ifCrossedAgain),
    heading(3, 'Review'),
    fieldTable([
      ['Reviewed on', ctx.date(review.date)],
      ['Outcome', review.outcome],
    ]),
  ];
}

function agreement(sheet: AgreementWorksheet, client: Client, ctx: Ctx): string[] {
  const practice = ctx.workbook.practice;
  const values = mergeValuesFor({
    agreement: sheet,
    client,
    practice,
    template: ctx.workbook.agreementTemplate,
    dateFormat: practice.dateFormat,
  });
  const { clauses } = fillClauses(sheet.clauses, values);
  const signDate = ctx.date(sheet.signedOn);
  const lines = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n');
  const status: [string, string][] = [
    ['Version', String(sheet.version)],
    ['Status', AGREEMENT_STATUS_LABELS[sheet.status]],
  ];
  if (sheet.sentOn) status.push(['Sent on', ctx.date(sheet.sentOn)]);
  if (sheet.signedOn) status.push(['Signed on', ctx.date(sheet.signedOn)]);
  return [
    fieldTable(status),
    label('Between'),
    table(
      ['The client', 'The coach'],
      [
        [
          lines(client.name || EMPTY, client.role, client.organization, client.email, client.phone),
          lines(
            lines(practice.coachName, practice.credentials) || EMPTY,
            practice.businessName,
            practice.email,
            practice.phone,
            practice.website,
            practice.address,
          ),
        ],
      ],
      [50, 50],
    ),
    ...clauses.flatMap((clause, i) => [
      heading(2, `${i + 1}. ${clause.title.trim() || 'Untitled clause'}`),
      ...blocks(richTextToPlain(clause.body), 'This clause has no text yet.'),
    ]),
    heading(2, 'Signatures'),
    signatures([
      { role: 'Client', name: sheet.clientSignerName.trim() || client.name, date: signDate },
      { role: 'Coach', name: sheet.coachSignerName.trim() || practice.coachName, date: signDate },
    ]),
    ...(sheet.factSheet.include
      ? [
          heading(2, 'What to expect'),
          ...blocks(
            fillMergeFields(sheet.factSheet.body, values).text,
            'The fact sheet has no text yet.',
          ),
        ]
      : []),
  ];
}

function chapter(sheet: Worksheet, client: Client, ctx: Ctx): string[] {
  switch (sheet.kind) {
    case 'idp':
      return idp(sheet, ctx);
    case 'skills':
      return skills(sheet);
    case 'mentors':
      return mentors(sheet, ctx);
    case 'boundaryMap':
      return boundaryMap(sheet, ctx);
    case 'agreement':
      return agreement(sheet, client, ctx);
  }
}

/** YAML needs a quoted string; JSON's quoting is valid YAML. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The client report of `clientId` as one pandoc Markdown document. */
export function clientReportMarkdown(workbook: Workbook, clientId: string, today: string): string {
  const client = workbook.clients.find((c) => c.id === clientId);
  if (client === undefined) throw new Error(`No client ${clientId} in the workbook.`);
  const p = workbook.practice;
  const ctx: Ctx = { today, workbook, date: (iso) => formatDate(iso, p.dateFormat) };
  const about = [client.role, client.organization].filter((x) => x.trim() !== '').join(', ');
  const contact = [p.businessName, p.email, p.phone, p.website].filter((x) => x.trim() !== '');
  const coach =
    p.coachName.trim() === ''
      ? []
      : [label(`${p.coachName}${p.credentials.trim() ? `, ${p.credentials}` : ''}`)];
  const sheets = reportWorksheets(workbook, client.id);
  const parts = [
    [
      '---',
      `title: ${yamlString('Coaching Report')}`,
      `subtitle: ${yamlString(client.name)}`,
      '---',
    ].join('\n'),
    ...(about === '' ? [] : [italic(about)]),
    ...coach,
    ...contact.map(italic),
    italic(`Prepared on ${ctx.date(today)}`),
    heading(1, `About ${client.name.trim() || 'the client'}`),
    fieldTable([
      ['Name', client.name],
      ['Organization', client.organization],
      ['Role', client.role],
      ['E-mail', client.email],
      ['Working together since', ctx.date(client.startDate)],
      ['Status', CLIENT_STATUS_LABELS[client.status]],
      ['Next yearly check-in', ctx.date(client.yearlyCheckInDate)],
    ]),
    ...(sheets.length === 0
      ? [italic('No worksheets yet for this client.')]
      : sheets.flatMap((sheet) => [
          heading(1, chapterTitle(sheet)),
          ...chapter(sheet, client, ctx),
        ])),
  ];
  return `${parts.join('\n\n')}\n`;
}
