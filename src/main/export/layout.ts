import {
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import type { DocumentLanguage, PaperSize, PracticeProfile } from '../../shared/schema';
import { formatDate, formatDateInWords } from '../../shared/domain/dates';
import { documentLanguageOf } from '../../shared/domain/documentLanguage';
import { documentStyles, COLORS, EXTERNAL_STYLES } from './styles';
import { cleanLine, styledRun } from './text';
import { fitInto, imageSize } from './image';

/** Page sizes in twentieths of a point, and margins that suit each paper. */
const PAGES: Record<PaperSize, { width: number; height: number; margin: number }> = {
  A4: { width: 11906, height: 16838, margin: 1247 },
  Letter: { width: 12240, height: 15840, margin: 1260 },
};

/** What every builder needs to know about the page and the practice. */
export interface DocContext {
  practice: PracticeProfile;
  /** Today, `YYYY-MM-DD`: due dates and "as of" lines are relative to it. */
  today: string;
  /** The language the text is in: Word checks spelling in it, whatever the reader's default. */
  language: DocumentLanguage;
  /** Width between the margins, in twentieths of a point: tables are sized from it. */
  contentWidth: number;
  /** A stored date in the practice's chosen format, for tables and forms ('' when empty). */
  date(iso: string | null): string;
  /** A stored date in words, for running text: "26 November 2026" or "November 26, 2026". */
  dateInWords(iso: string | null): string;
}

/** The context for a practice's documents. */
export function docContext(practice: PracticeProfile, today: string): DocContext {
  const page = PAGES[practice.paperSize];
  return {
    practice,
    today,
    language: documentLanguageOf(practice),
    contentWidth: page.width - 2 * page.margin,
    date: (iso) => formatDate(iso, practice.dateFormat),
    dateInWords: (iso) => formatDateInWords(iso, practice.dateFormat),
  };
}

/** The name a document's header shows: the business, else the coach. */
export function practiceName(practice: PracticeProfile): string {
  return cleanLine(practice.businessName.trim() || practice.coachName.trim());
}

/** The practice's logo at most `maxWidth` × `maxHeight` pixels, with its height, or null. */
function logoPicture(
  practice: PracticeProfile,
  maxWidth: number,
  maxHeight: number,
): { run: ImageRun; height: number } | null {
  const logo = practice.logo;
  if (logo === null) return null;
  const type = logo.mimeType === 'image/png' ? 'png' : 'jpg';
  const data = Buffer.from(logo.dataBase64, 'base64');
  const size = imageSize(data, type);
  if (size === null) return null; // an unreadable logo is left out rather than breaking the file
  const fitted = fitInto(size, maxWidth, maxHeight);
  const run = new ImageRun({
    type,
    data,
    transformation: fitted,
    altText: { name: 'Logo', description: `Logo of ${practiceName(practice)}`, title: 'Logo' },
  });
  return { run, height: fitted.height };
}

/** The practice's logo as a picture at most `maxWidth` × `maxHeight` pixels, or null. */
export function logoRun(
  practice: PracticeProfile,
  maxWidth = 180,
  maxHeight = 40,
): ImageRun | null {
  return logoPicture(practice, maxWidth, maxHeight)?.run ?? null;
}

/** From the top edge of the page to the header, in twentieths of a point. */
const HEADER_DISTANCE = 600;
/** Clear space between the header's rule and the first line of the page. */
const HEADER_GAP = 300;

/**
 * The top margin that keeps the body clear of the header. The header is one line, the
 * practice's name in 9 pt (about 250 twips with its spacing) or the logo beside it (15 twips
 * a pixel, and the line's descent under it), then its rule 4 pt below. Without a logo the
 * paper's own margin leaves room; a logo makes the header taller, and the body starts lower
 * instead of running into it (Word and LibreOffice would only push it down to touch the rule).
 */
function topMargin(paperMargin: number, logoHeight: number | null): number {
  const line = Math.max(250, logoHeight === null ? 0 : logoHeight * 15 + 60);
  const headerBottom = HEADER_DISTANCE + line + 90;
  return Math.max(paperMargin, headerBottom + HEADER_GAP);
}

/** Red, for a mark that must not be missed ("DRAFT"), and still dark in grey print. */
const MARK_COLOR = 'B42318';

function pageHeader(ctx: DocContext, logo: ImageRun | null, mark: string): Header {
  const name = practiceName(ctx.practice);
  const left = [
    ...(logo ? [logo] : []),
    ...(mark === ''
      ? []
      : [styledRun(`${logo ? '  ' : ''}${mark}`, { color: MARK_COLOR, bold: true, size: 18 })]),
  ];
  const children = [
    ...(left.length > 0 ? [...left, new TextRun({ children: [new Tab()] })] : []),
    styledRun(name, { color: COLORS.accent, bold: true, size: 18 }),
  ];
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: ctx.contentWidth }],
        alignment: left.length > 0 ? 'left' : 'right',
        border: { bottom: { style: 'single', size: 4, color: COLORS.rule, space: 4 } },
        children,
      }),
    ],
  });
}

function pageFooter(ctx: DocContext, title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: ctx.contentWidth }],
        children: [
          new TextRun({ text: cleanLine(title), color: COLORS.muted, size: 16 }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            color: COLORS.muted,
            size: 16,
          }),
        ],
      }),
    ],
  });
}

export interface ShellOptions {
  /** The document's title property, also printed in the footer: it names whom it is about. */
  title: string;
  subject: string;
  children: FileChild[];
  /** A cover page: the first page has no header or footer. */
  coverPage?: boolean;
  /**
   * The document has a table of contents: its entries are written, and Word fills in their page
   * numbers from its own layout when it opens the document. Working them out here took docx's
   * page layout 10–15 times as long as the rest of the document, and gave numbers off by a page
   * where LibreOffice breaks a page elsewhere; see README, "Exported documents".
   */
  contents?: boolean;
  /** A word on every page's header, in red: "DRAFT — not for signature". */
  mark?: string;
}

/** A whole Word document: styles, page size, header, footer and document properties. */
export function documentShell(ctx: DocContext, options: ShellOptions): Document {
  const page = PAGES[ctx.practice.paperSize];
  const author = cleanLine(ctx.practice.coachName.trim() || practiceName(ctx.practice));
  const logo = logoPicture(ctx.practice, 180, 40);
  const emptyHeader = new Header({ children: [new Paragraph({ style: 'Header' })] });
  const emptyFooter = new Footer({ children: [new Paragraph({ style: 'Footer' })] });
  return new Document({
    title: cleanLine(options.title),
    subject: cleanLine(options.subject),
    creator: author,
    lastModifiedBy: author,
    description: `Prepared with Coaching Workbook${practiceName(ctx.practice) ? ` for ${practiceName(ctx.practice)}` : ''}.`,
    styles: documentStyles(ctx.language),
    externalStyles: EXTERNAL_STYLES,
    ...(options.contents === true ? { features: { updateFields: true } } : {}),
    sections: [
      {
        properties: {
          titlePage: options.coverPage === true,
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: topMargin(page.margin, logo?.height ?? null),
              bottom: page.margin,
              left: page.margin,
              right: page.margin,
              header: HEADER_DISTANCE,
              footer: 560,
            },
          },
        },
        headers: {
          default: pageHeader(ctx, logo?.run ?? null, cleanLine(options.mark ?? '')),
          ...(options.coverPage ? { first: emptyHeader } : {}),
        },
        footers: {
          default: pageFooter(ctx, options.title),
          ...(options.coverPage ? { first: emptyFooter } : {}),
        },
        children: options.children,
      },
    ],
  });
}
