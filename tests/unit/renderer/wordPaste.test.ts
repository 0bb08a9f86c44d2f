import { describe, expect, it } from 'vitest';
import { listsFromWordHtml } from '../../../src/renderer/src/editors/agreement/richText/wordPaste';
import {
  chipsInHtml,
  keysAsLabels,
  labelsAsKeys,
} from '../../../src/renderer/src/editors/agreement/writtenFields';
import { transformPastedHtml } from '../../../src/renderer/src/editors/agreement/richText/clausePaste';
// What Word (Microsoft 365, Windows) puts on the clipboard as text/html when a coach copies part of
// an agreement with lists, bold, italic and links; trimmed to Word's fragment and the head.
import WORD_CLIPBOARD_HTML from '../../fixtures/word-clipboard.html?raw';

/**
 * The shape of HTML as the editor will read it: lists, items and paragraphs as brackets, text
 * squeezed, everything else (spans, styles, Word's comments) gone.
 */
function outline(html: string): string {
  return html
    .replace(/<(style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(ul|ol|li|p)\b([^>]*)>/gi, (_, tag: string, attrs: string) => {
      const start = /start="(\d+)"/.exec(attrs);
      return ` ${tag.toLowerCase()}${start ? `(${start[1]})` : ''}[ `;
    })
    .replace(/<\/(ul|ol|li|p)\s*>/gi, ' ] ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('listsFromWordHtml', () => {
  const pasted = listsFromWordHtml(WORD_CLIPBOARD_HTML);

  it('turns Word’s list paragraphs into nested lists, bullets and numbers told by the marker', () => {
    expect(outline(pasted)).toBe(
      [
        'p[ Sessions and fees ]',
        'p[ We meet for {{numberOfSessions}} sessions. Each session includes: ]',
        'ul[ li[ p[ a 60-minute conversation ] ul[ li[ p[ by video or in person ] ] ] ]',
        'li[ p[ notes sent within a day ] ] ]',
        'p[ To cancel, please: ]',
        'ol(3)[ li[ p[ write to coach@example.com ] ] li[ p[ see the terms ] ] ]',
      ].join(' '),
    );
  });

  it('drops the bullets and numbers Word drew, keeps bold, italic and links', () => {
    expect(pasted).not.toContain('supportLists');
    expect(pasted).not.toContain('mso-list:Ignore');
    expect(pasted).not.toMatch(/>·</);
    expect(pasted).toContain('<b>60-minute</b>');
    expect(pasted).toContain('<i>within a day</i>');
    expect(pasted).toContain('href="mailto:coach@example.com"');
    expect(pasted).toContain('href="https://example.com/terms"');
  });

  it('reads the older comment form of the marker, and letters as numbers', () => {
    const html =
      "<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><!--[if !supportLists]--><span>a)&nbsp;</span><!--[endif]-->First</p>\n" +
      "<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><!--[if !supportLists]--><span>b)&nbsp;</span><!--[endif]-->Second</p>";
    expect(outline(listsFromWordHtml(html))).toBe('ol[ li[ p[ First ] ] li[ p[ Second ] ] ]');
  });

  it('reads a marker kept only in a span styled mso-list:Ignore', () => {
    const html =
      "<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>•<span>&nbsp; </span></span>Only item</p>";
    expect(outline(listsFromWordHtml(html))).toBe('ul[ li[ p[ Only item ] ] ]');
  });

  it('starts a new list when the kind changes at the same level', () => {
    const item = (list: string, marker: string, text: string) =>
      `<p style='mso-list:${list} level1 lfo1'><![if !supportLists]>${marker}<![endif]>${text}</p>`;
    const html = [item('l0', '·', 'a'), item('l1', '1.', 'b'), item('l1', '2.', 'c')].join('\n');
    expect(outline(listsFromWordHtml(html))).toBe(
      'ul[ li[ p[ a ] ] ] ol[ li[ p[ b ] ] li[ p[ c ] ] ]',
    );
  });

  it('leaves HTML without Word lists as it was', () => {
    const html = '<ul><li>one</li></ul><p>two</p>';
    expect(listsFromWordHtml(html)).toBe(html);
  });

  it('goes through a large paste in one pass', () => {
    const item =
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>·<![endif]>An item of some length to paste</p>\n";
    const html = item.repeat(5_000);
    const started = performance.now();
    const out = listsFromWordHtml(html);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(out.match(/<li>/g)).toHaveLength(5_000);
    expect(out.match(/<ul>/g)).toHaveLength(1);
  });
});

describe('merge fields written in pasted text', () => {
  it('become chips in HTML, in text only (never inside a tag)', () => {
    const html = '<p title="{{clientName}}">Dear {{clientName}}, fee {Fee} and {{notAField}}</p>';
    expect(chipsInHtml(html)).toBe(
      '<p title="{{clientName}}">Dear <span data-merge-field="clientName"></span>, fee <span data-merge-field="fee"></span> and {{notAField}}</p>',
    );
  });

  it('are read by label in plain text, whatever the case', () => {
    expect(labelsAsKeys('Dear {client name}, {Fee}, {not a field}, {{coachName}}')).toBe(
      'Dear {{clientName}}, {{fee}}, {not a field}, {{coachName}}',
    );
  });

  it('are shown by label in plain text such as the fact sheet, and stored back as keys', () => {
    const stored = 'Your coach, {{coachName}}, charges {{fee}}. {{notAField}} stays.';
    const shown = keysAsLabels(stored);
    expect(shown).toBe('Your coach, {Coach name}, charges {Fee}. {{notAField}} stays.');
    expect(labelsAsKeys(shown)).toBe(stored);
  });

  it('Word’s paste gets both its lists and its chips', () => {
    expect(transformPastedHtml(WORD_CLIPBOARD_HTML)).toContain(
      'We meet for <span data-merge-field="numberOfSessions"></span> sessions.',
    );
  });
});
