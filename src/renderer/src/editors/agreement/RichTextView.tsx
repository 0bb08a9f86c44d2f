import type { ReactNode } from 'react';
import { mergeFieldLabel, type MergeFieldKey } from '../../../../shared/catalogue/mergeFields';
import {
  MERGE_BLANK,
  type RichBlock,
  type RichInline,
  type RichMark,
  type RichText,
} from '../../../../shared/richText';

/** Text with each blank drawn as a line to fill in by hand, as the printed agreement shows it. */
export function withBlanks(text: string): ReactNode[] {
  return text.split(MERGE_BLANK).flatMap((part, index) =>
    index === 0
      ? [part]
      : [
          <span key={index} className="merge-blank" aria-label="blank to fill in">
            {MERGE_BLANK}
          </span>,
          part,
        ],
  );
}

type Values = Readonly<Partial<Record<MergeFieldKey, string>>>;

/** `content` inside the marks of a piece of text: bold, italic, then a link around them. */
function marked(
  content: ReactNode,
  marks: readonly RichMark[] | undefined,
  key: number,
): ReactNode {
  let out = content;
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
  }
  const link = marks?.find((mark) => mark.type === 'link');
  if (link?.type === 'link') {
    out = (
      <a href={link.attrs.href} target="_blank" rel="noopener noreferrer">
        {out}
      </a>
    );
  }
  return <span key={key}>{out}</span>;
}

/** A merge field as the client reads it: the value, or a line to fill in by hand. */
function field(key: MergeFieldKey, values: Values): ReactNode {
  const value = values[key] ?? '';
  if (value.trim() === '') {
    return (
      <span className="merge-blank" aria-label={`blank to fill in: ${mergeFieldLabel(key)}`}>
        {MERGE_BLANK}
      </span>
    );
  }
  return (
    <span className="merge-value" title={mergeFieldLabel(key)}>
      {value}
    </span>
  );
}

function inline(node: RichInline, index: number, values: Values): ReactNode {
  if (node.type === 'hardBreak') return <br key={index} />;
  if (node.type === 'text') return marked(node.text, node.marks, index);
  return marked(field(node.attrs.key, values), node.marks, index);
}

function blocks(content: readonly RichBlock[], values: Values): ReactNode[] {
  // Blocks have no identity beyond their place in the text.
  return content.map((block, index) => {
    if (block.type === 'paragraph') {
      const inlines = block.content ?? [];
      return (
        <p key={index}>
          {inlines.length === 0 ? '\u00a0' : inlines.map((node, at) => inline(node, at, values))}
        </p>
      );
    }
    const items = block.content.map((item, at) => <li key={at}>{blocks(item.content, values)}</li>);
    return block.type === 'bulletList' ? (
      <ul key={index}>{items}</ul>
    ) : (
      <ol key={index} start={block.attrs?.start ?? 1}>
        {items}
      </ol>
    );
  });
}

/**
 * Rich text as the printed agreement shows it: paragraphs, lists numbered from their start,
 * bold, italic, links, and each merge field filled with `values` (a field with no value is a
 * line to complete by hand, as on paper).
 */
export function RichTextView({ doc, values }: { doc: RichText; values: Values }) {
  return <div className="rich-text-view">{blocks(doc.content, values)}</div>;
}
