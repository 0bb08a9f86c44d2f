import {
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { fitInto, type ImageSize } from './image';
import type { DocContext } from './layout';
import { STYLE } from './styles';
import { styledRun, textRuns } from './text';
import { columnWidths, NO_BORDER } from './tables';

/** Someone who signs a document. */
export interface Signer {
  role: string;
  name: string;
  date: string;
  /** They have signed: the line says by whom, and the date is the day they did. */
  signed?: boolean;
  /** The signature itself, given on the coach's computer: shown on the line. */
  image?: SignatureImage;
}

/** A signature picture (PNG) and its size in pixels. */
export interface SignatureImage {
  data: Uint8Array;
  size: ImageSize;
}

/** About 5 cm wide on the page (Word places pictures at 96 pixels to the inch). */
const SIGNATURE_WIDTH_PX = 189;
/** A tall picture is kept from pushing the line far down: at most about 2.5 cm. */
const SIGNATURE_MAX_HEIGHT_PX = 95;

function signatureRun(signer: Signer, image: SignatureImage): ImageRun {
  const who = signer.name.trim() === '' ? signer.role : signer.name.trim();
  return new ImageRun({
    type: 'png',
    data: image.data,
    transformation: fitInto(image.size, SIGNATURE_WIDTH_PX, SIGNATURE_MAX_HEIGHT_PX),
    altText: {
      name: 'Signature',
      title: 'Signature',
      description: `Signature of ${who}`,
    },
  });
}

/** What the line holds: the signature picture, or who signed in words, or nothing yet. */
function onTheLine(signer: Signer): ParagraphChild[] {
  if (signer.image) return [signatureRun(signer, signer.image)];
  if (signer.signed !== true) return [];
  return textRuns(signer.name.trim() === '' ? 'Signed' : `Signed by ${signer.name.trim()}`, {
    size: 22,
    color: '1F3A5F',
  });
}

/** Under the line: "Signature", or who signed it when the line holds their picture. */
function underTheLine(signer: Signer): string {
  return signer.image && signer.name.trim() !== ''
    ? `Signed by ${signer.name.trim()}`
    : 'Signature';
}

const SIGN_LINE = { style: BorderStyle.SINGLE, size: 6, color: '444444' } as const;

function signatureCell(signer: Signer, width: number): TableCell {
  const line = (label: string, value: string): Paragraph =>
    new Paragraph({
      style: STYLE.signature,
      children: [
        styledRun(`${label}: `, { bold: true }),
        ...textRuns(value.trim() === '' ? '' : value),
      ],
    });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: NO_BORDER },
    margins: { left: 0, right: 360 },
    children: [
      new Paragraph({
        style: STYLE.signature,
        children: [styledRun(signer.role, { bold: true, color: '222222' })],
      }),
      new Paragraph({
        spacing: { before: signer.image ? 240 : signer.signed === true ? 480 : 720, after: 60 },
        border: { bottom: SIGN_LINE },
        keepNext: true,
        children: onTheLine(signer),
      }),
      new Paragraph({ style: STYLE.signature, children: [new TextRun(underTheLine(signer))] }),
      new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
      line('Name', signer.name),
      line('Date', signer.date.trim() === '' ? '____________________' : signer.date),
    ],
  });
}

/** Signature lines side by side: role, a line to sign on, the name and the date. */
export function signatureLines(ctx: DocContext, signers: readonly Signer[]): FileChild[] {
  const widths = columnWidths(
    ctx.contentWidth,
    signers.map(() => 1),
  );
  return [
    new Table({
      width: { size: ctx.contentWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: NO_BORDER,
        bottom: NO_BORDER,
        left: NO_BORDER,
        right: NO_BORDER,
        insideHorizontal: NO_BORDER,
        insideVertical: NO_BORDER,
      },
      rows: [
        new TableRow({
          cantSplit: true,
          children: signers.map((s, i) => signatureCell(s, widths[i] ?? 0)),
        }),
      ],
    }),
  ];
}
