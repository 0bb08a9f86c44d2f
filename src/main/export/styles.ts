import type { IStylesOptions } from 'docx';

/**
 * Arial: every copy of Word has it, and LibreOffice draws it with the metric-compatible
 * Liberation Sans, so what we check here lays out like what the client sees in Word.
 */
export const FONT = 'Arial';

/** Colours of the documents: a calm dark blue for headings, greys for secondary text. */
export const COLORS = {
  heading: '1F3A5F',
  accent: '2F6690',
  muted: '6B6B6B',
  rule: 'B7C4D1',
  headerFill: 'DCE6F0',
  labelFill: 'F2F5F8',
  willing: 'D8EFD9',
  negotiable: 'FFF1C9',
  willNot: 'F8D7D5',
} as const;

/** Id of our table style (borders and cell padding); header rows add their own shading. */
export const TABLE_STYLE = 'WorkbookTable';

/** Paragraph style ids we define besides Word's built-in Title and Heading 1–3. */
export const STYLE = {
  subtitle: 'Subtitle',
  note: 'WorkbookNote',
  tableText: 'WorkbookTableText',
  signature: 'WorkbookSignature',
  label: 'WorkbookLabel',
  contentsHeading: 'TOCHeading',
} as const;

/**
 * Our table style, given to docx as "external styles" (docx has no option for table styles):
 * docx keeps its own default styles next to it.
 */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="table" w:styleId="${TABLE_STYLE}">
  <w:name w:val="Workbook Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="252" w:lineRule="auto"/></w:pPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>
      <w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
</w:style>
</w:styles>`;

/**
 * Word's built-in styles, set to our look, plus the few of our own. Every run is in `language`
 * unless it says otherwise, so Word checks the spelling in the document's language rather than
 * in the reader's.
 */
export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: '222222', language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
      },
      title: {
        run: { font: FONT, size: 52, color: COLORS.heading },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: COLORS.heading },
        paragraph: {
          // Outline levels as Word's own heading styles carry them: without them LibreOffice
          // finds no headings, and updating the contents there empties it.
          outlineLevel: 0,
          spacing: { before: 360, after: 120 },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: 'single', size: 6, color: COLORS.rule, space: 4 } },
        },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: COLORS.accent },
        paragraph: {
          outlineLevel: 1,
          spacing: { before: 280, after: 100 },
          keepNext: true,
          keepLines: true,
        },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: '333333' },
        paragraph: {
          outlineLevel: 2,
          spacing: { before: 200, after: 60 },
          keepNext: true,
          keepLines: true,
        },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      { id: 'Header', name: 'header', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 28, color: COLORS.accent },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: STYLE.note,
        name: 'Workbook Note',
        basedOn: 'Normal',
        run: { size: 18, color: COLORS.muted },
      },
      {
        id: STYLE.tableText,
        name: 'Workbook Table Text',
        basedOn: 'Normal',
        run: { size: 19 },
        paragraph: { spacing: { before: 0, after: 40, line: 252, lineRule: 'auto' } },
      },
      {
        id: STYLE.signature,
        name: 'Workbook Signature',
        basedOn: 'Normal',
        run: { size: 19, color: COLORS.muted },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        id: STYLE.label,
        name: 'Workbook Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: COLORS.heading },
        paragraph: { spacing: { before: 160, after: 40 }, keepNext: true, keepLines: true },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: COLORS.heading },
        paragraph: { spacing: { before: 160, after: 40 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: 0, after: 20 }, indent: { left: 240 } },
      },
      {
        id: STYLE.contentsHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT, size: 32, bold: true, color: COLORS.heading },
        // Room above: the contents follow what the report says about the client.
        paragraph: { spacing: { before: 480, after: 240 }, keepNext: true },
      },
    ],
  };
}
