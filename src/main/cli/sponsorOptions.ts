import {
  SPONSOR_PARTS,
  type Client,
  type SponsorPart,
  type SponsorReportChoice,
  type Workbook,
} from '../../shared/schema';
import {
  DEFAULT_SPONSOR_PARTS,
  SPONSOR_PART_INFO,
  sponsorChoiceFor,
  sponsorPartsOf,
} from '../../shared/domain/sponsorReport';
import { KINDS_IN_CHAPTER_ORDER, kindSpec } from '../../shared/kinds';
import { UsageError } from './command';

const nameWidth = Math.max(...SPONSOR_PARTS.map((part) => part.length)) + 2;

function partLines(): string {
  return KINDS_IN_CHAPTER_ORDER.map((kind) =>
    [
      `    ${kindSpec(kind).label}`,
      ...sponsorPartsOf(kind).map(
        (part) =>
          `      ${part.padEnd(nameWidth)}${SPONSOR_PART_INFO[part].label.replace(/^./, (c) => c.toLowerCase())}`,
      ),
    ].join('\n'),
  ).join('\n');
}

/** The `--include` names with what each shows, for the export command's help. */
export const SPONSOR_USAGE = `Sponsor report (--document sponsor-report):
  --include <parts>      the parts to show, comma-separated, of every worksheet of the client
                         (without it: the choice last made in the app, else
                         ${DEFAULT_SPONSOR_PARTS.join(',')})
  --prepared-for <name>  the sponsor's or manager's name, on the "Confidential — prepared
                         for" line (without it: the name last given in the app, else the
                         manager named in the client's development plan)
  Parts, by worksheet (private notes are never in any document):
${partLines()}`;

function isSponsorPart(name: string): name is SponsorPart {
  return (SPONSOR_PARTS as readonly string[]).includes(name);
}

/** `idp-goals, skills-summary` → the parts, in the order given, each once. */
export function parseIncludeList(text: string): SponsorPart[] {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw new UsageError(`Name at least one part with --include: ${SPONSOR_PARTS.join(', ')}.`);
  }
  const unknown = names.filter((name) => !isSponsorPart(name));
  if (unknown.length > 0) {
    const listed = unknown.map((name) => `"${name}"`).join(', ');
    throw new UsageError(
      `There is no part ${listed} for --include. Use any of: ${SPONSOR_PARTS.join(', ')}.`,
    );
  }
  return [...new Set(names.filter(isSponsorPart))];
}

/**
 * What a sponsor report exported from the command line shows: the choice remembered with the
 * client (or the defaults), with the parts and name given on the command line instead.
 * `--include` covers every worksheet of the client, including any left out in the app.
 */
export function sponsorChoiceFromOptions(
  workbook: Workbook,
  client: Client,
  options: { include: SponsorPart[] | undefined; preparedFor: string | undefined },
): SponsorReportChoice {
  const remembered = sponsorChoiceFor(client, workbook.worksheets);
  return {
    preparedFor: options.preparedFor ?? remembered.preparedFor,
    include: options.include ?? remembered.include,
    leftOut: options.include === undefined ? remembered.leftOut : [],
  };
}
