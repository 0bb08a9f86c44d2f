import { describe, expect, it } from 'vitest';
import {
  richTextFromEditor,
  type EditorJson,
} from '../../../src/renderer/src/editors/agreement/richText/editorJson';

const para = (...content: EditorJson[]): EditorJson => ({ type: 'paragraph', attrs: {}, content });
const text = (value: string, marks?: EditorJson['marks']): EditorJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const item = (...content: EditorJson[]): EditorJson => ({ type: 'listItem', content });
const bullets = (...content: EditorJson[]): EditorJson => ({ type: 'bulletList', content });
const doc = (...content: EditorJson[]): EditorJson => ({ type: 'doc', content });

describe('richTextFromEditor', () => {
  it('keeps what the stored shape holds and drops the attributes the editor adds', () => {
    // As TipTap's getJSON() gives it: a list's `type`, a link's target, rel and class.
    const fromEditor = doc(
      para(
        text('Dear '),
        { type: 'mergeField', attrs: { key: 'clientName' }, marks: [{ type: 'bold' }] },
        text(', read '),
        text('the terms', [
          {
            type: 'link',
            attrs: {
              href: 'https://example.com/terms',
              target: '_blank',
              rel: 'noopener',
              class: null,
              title: null,
            },
          },
          { type: 'italic' },
        ]),
        { type: 'hardBreak' },
        text('underlined', [{ type: 'underline' }]),
      ),
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [item(para(text('one')))] },
      {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [item(para(text('three')))],
      },
      bullets(item(para(text('a')), bullets(item(para())))),
      { type: 'paragraph', attrs: { textAlign: null } },
    );
    expect(richTextFromEditor(fromEditor)).toEqual({
      ok: true,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Dear ' },
              { type: 'mergeField', attrs: { key: 'clientName' }, marks: [{ type: 'bold' }] },
              { type: 'text', text: ', read ' },
              {
                type: 'text',
                text: 'the terms',
                marks: [
                  { type: 'link', attrs: { href: 'https://example.com/terms' } },
                  { type: 'italic' },
                ],
              },
              { type: 'hardBreak' },
              { type: 'text', text: 'underlined' },
            ],
          },
          {
            type: 'orderedList',
            content: [
              {
                type: 'listItem',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
              },
            ],
          },
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              {
                type: 'listItem',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }],
              },
            ],
          },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
                  {
                    type: 'bulletList',
                    content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
                  },
                ],
              },
            ],
          },
          { type: 'paragraph' },
        ],
      },
    });
  });

  it('gives an emptied editor one empty paragraph, as a new clause has', () => {
    expect(richTextFromEditor({ type: 'doc', content: [] })).toEqual({
      ok: true,
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
  });

  it('refuses a merge field the app does not know', () => {
    const result = richTextFromEditor(
      doc(para({ type: 'mergeField', attrs: { key: 'clientShoeSize' } })),
    );
    expect(result.ok).toBe(false);
  });

  it('refuses what a clause cannot hold, such as a heading or a table', () => {
    expect(
      richTextFromEditor(doc({ type: 'heading', attrs: { level: 1 }, content: [text('Fees')] })).ok,
    ).toBe(false);
    expect(richTextFromEditor(doc(para({ type: 'image', attrs: { src: 'x.png' } }))).ok).toBe(
      false,
    );
    expect(richTextFromEditor({ type: 'paragraph' }).ok).toBe(false);
  });

  it('refuses a link to anything but a web page or an e-mail, saying why', () => {
    const result = richTextFromEditor(
      doc(para(text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))),
    );
    expect(result).toEqual({
      ok: false,
      message: 'A link must go to a web page or an e-mail address',
    });
  });

  it('refuses lists nested deeper than a clause can store', () => {
    let list = bullets(item(para(text('deepest'))));
    for (let level = 0; level < 4; level += 1) list = bullets(item(para(text('level')), list));
    const result = richTextFromEditor(doc(list));
    expect(result).toEqual({ ok: false, message: 'Lists nest too deep: at most 4 levels' });
  });

  it('refuses a clause longer than the limit', () => {
    const lines = Array.from({ length: 11 }, () => para(text('x'.repeat(10_000))));
    const result = richTextFromEditor(doc(...lines));
    expect(result).toEqual({ ok: false, message: 'Too long: at most 100,000 characters' });
  });
});
