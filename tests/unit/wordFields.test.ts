import { describe, expect, it } from 'vitest';
import { MERGE_FIELDS } from '../../src/shared/catalogue/mergeFields';
import { mergeFieldOfWordName, wordFieldText } from '../../src/shared/domain/wordFields';
import { paragraphLinesOf } from '../../src/main/wordTemplate/wordText';
import { suggestionsIn } from '../../src/main/wordTemplate/recogniseValues';

describe('fields typed in a Word document', () => {
  it('are the labels the coach reads in the app, in single braces', () => {
    expect(wordFieldText('clientName')).toBe('{Client name}');
    expect(wordFieldText('coachEmail')).toBe('{Coach e-mail}');
  });

  it('are recognised whatever the case and spacing, and by every label', () => {
    for (const name of [
      'Client name',
      'client name',
      'CLIENT  NAME',
      ' Client name ',
      'clientName',
    ]) {
      expect(mergeFieldOfWordName(name)).toBe('clientName');
    }
    expect(mergeFieldOfWordName('Coach email')).toBe('coachEmail');
    expect(mergeFieldOfWordName('Programme name')).toBeNull();
    for (const field of MERGE_FIELDS) expect(mergeFieldOfWordName(field.label)).toBe(field.key);
  });
});

describe('the plain text of a Word document', () => {
  it('is one line per paragraph, runs joined, tabs and breaks kept, tab stops and deletions left out', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:t>Fee:</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">£90 &amp; </w:t></w:r>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:t>VAT</w:t></w:r><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p>' +
      '<w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>In a table</w:t><w:br/><w:t>second line</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>';
    expect(paragraphLinesOf(xml)).toEqual(['Fee:\t£90 & VAT', '', 'In a table\nsecond line']);
  });
});

describe('what the app offers to turn into fields', () => {
  it('finds the coach’s values standing on their own, and dates, most frequent first', () => {
    const lines = [
      'Coach: Dana Whitfield, dana@example.com',
      'Dana Whitfield answers within 24 hours. Danamark is not Dana.',
      'Signed on 12 March 2026 and {Dana Whitfield} already a field.',
    ];
    const found = suggestionsIn(lines, [
      { text: 'Dana Whitfield', key: 'coachName' },
      { text: 'dana@example.com', key: 'coachEmail' },
      { text: 'Dana', key: 'clientName' },
      { text: 'Not in it', key: 'businessName' },
    ]);
    expect(found).toEqual([
      { text: 'Dana Whitfield', key: 'coachName', count: 2 },
      { text: 'dana@example.com', key: 'coachEmail', count: 1 },
      { text: '12 March 2026', key: 'agreementDate', count: 1 },
      { text: 'Dana', key: 'clientName', count: 1 },
    ]);
  });
});
