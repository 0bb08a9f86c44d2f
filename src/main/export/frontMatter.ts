import { Paragraph, type FileChild } from 'docx';
import type { DocContext } from './layout';
import { practiceName } from './layout';
import { label, note, subtitle, title } from './parts';

/** "Prepared by Jane Coach, Bright Path Coaching, on 23 November 2026": the date in words. */
export function preparedBy(ctx: DocContext): string {
  const coach = ctx.practice.coachName.trim();
  const business = practiceName(ctx.practice);
  const who = [coach, business !== coach ? business : ''].filter((p) => p !== '').join(', ');
  return who === ''
    ? `Prepared on ${ctx.dateInWords(ctx.today)}`
    : `Prepared by ${who} on ${ctx.dateInWords(ctx.today)}`;
}

/** The top of a one-worksheet document: its title, who it is for, who prepared it and when. */
export function frontMatter(
  ctx: DocContext,
  heading: string,
  forWhom: string,
  topic = '',
): FileChild[] {
  return [
    title(heading),
    ...(forWhom.trim() === '' ? [] : [subtitle(forWhom)]),
    ...(topic.trim() === '' ? [] : [label(topic)]),
    note(preparedBy(ctx)),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
