import { withBlanks } from './RichTextView';

/**
 * A filled Word agreement's text, one paragraph per line as main read it from the document:
 * an empty line keeps its space, and a value left blank shows as the line to fill in by hand.
 */
export function WordLines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        // Lines have no identity beyond their place in the document.
        <p key={index}>{line.trim() === '' ? '\u00a0' : withBlanks(line)}</p>
      ))}
    </>
  );
}
