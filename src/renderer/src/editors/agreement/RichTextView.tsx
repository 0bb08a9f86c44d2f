import type { ReactNode } from 'react';
import { MERGE_BLANK } from '../../../../shared/richText/fill';
import type { RichBlock, RichInline, RichText } from '../../../../shared/richText/schema';

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

function Inline({ inline }: { inline: RichInline }): ReactNode {
  if (inline.type === 'hardBreak') return <br />;
  if (inline.type === 'mergeField') return null; // filled before it is shown
  let out: ReactNode = withBlanks(inline.text);
  for (const mark of inline.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    if (mark.type === 'italic') out = <em>{out}</em>;
    if (mark.type === 'link') {
      out = (
        <a href={mark.attrs.href} target="_blank" rel="noreferrer">
          {out}
        </a>
      );
    }
  }
  return out;
}

function Blocks({ blocks }: { blocks: readonly RichBlock[] }): ReactNode {
  // Blocks and inline pieces have no identity beyond their place in the text.
  return blocks.map((block, index) => {
    if (block.type === 'paragraph') {
      const inlines = block.content ?? [];
      return (
        <p key={index}>
          {inlines.length === 0
            ? '\u00a0'
            : inlines.map((inline, i) => <Inline key={i} inline={inline} />)}
        </p>
      );
    }
    const items = block.content.map((item, i) => (
      <li key={i}>
        <Blocks blocks={item.content} />
      </li>
    ));
    return block.type === 'bulletList' ? (
      <ul key={index}>{items}</ul>
    ) : (
      <ol key={index} start={block.attrs?.start ?? 1}>
        {items}
      </ol>
    );
  });
}

/** Rich text, its merge fields already filled, as the printed agreement shows it. */
export function RichTextView({ doc }: { doc: RichText }) {
  return <Blocks blocks={doc.content} />;
}
