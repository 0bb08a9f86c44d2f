import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
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
        spacing: { before: signer.signed === true ? 480 : 720, after: 60 },
        border: { bottom: SIGN_LINE },
        keepNext: true,
        children: signer.signed
          ? textRuns(signer.name.trim() === '' ? 'Signed' : `Signed by ${signer.name.trim()}`, {
              size: 22,
              color: '1F3A5F',
            })
          : [],
      }),
      new Paragraph({ style: STYLE.signature, children: [new TextRun('Signature')] }),
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
