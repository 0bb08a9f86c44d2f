import type { ReactNode } from 'react';
import { partLines, type WordPart } from '../../../../shared/domain/textDiff';

/**
 * One run of marked text. Added words are underlined and removed ones struck through (and
 * coloured): the marks are <ins> and <del>, and a screen reader hears "added" and "removed"
 * around them, so the change never rests on colour alone.
 */
function Part({ part }: { part: WordPart }): ReactNode {
  if (part.kind === 'same') return part.text;
  const Mark = part.kind === 'added' ? 'ins' : 'del';
  const word = part.kind === 'added' ? 'Added' : 'Removed';
  return (
    <Mark className={`mark-${part.kind}`}>
      <span className="visually-hidden">{word}: </span>
      {part.text}
      <span className="visually-hidden"> (end {word.toLowerCase()})</span>
    </Mark>
  );
}

/** Marked text on one line, as a title shows it. */
export function MarkedLine({ parts }: { parts: readonly WordPart[] }) {
  return (
    <>
      {parts.map((part, i) => (
        // Parts have no identity beyond their place in the line.
        <Part key={i} part={part} />
      ))}
    </>
  );
}

/** Marked text as paragraphs: a line per paragraph or list item, as the agreement has them. */
export function MarkedLines({ parts }: { parts: readonly WordPart[] }) {
  const lines = partLines(parts);
  if (lines.length === 0) return <p className="muted">No text.</p>;
  return (
    <>
      {lines.map((line, i) => (
        <p key={i} className="marked-line">
          <MarkedLine parts={line} />
        </p>
      ))}
    </>
  );
}
