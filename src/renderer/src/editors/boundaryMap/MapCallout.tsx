import { fitLine, wrapLines, type Fits } from './mapLayout';
import { fitsWidth, textWidth } from './textMeasure';

const TITLE_FONT = 13;
const BODY_FONT = 12.5;
const LINE = 17;
const PAD = 12;
/** Items wrap to at most this many lines each, so one long item cannot crowd out the rest. */
const MOST_LINES_PER_ITEM = 3;

export interface CalloutBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  /** A bulleted item's second and later lines line up under its first word. */
  indent: boolean;
  more?: boolean;
}

/**
 * A labelled box beside the rings: a cost (wrapped paragraph) or a list of power sources
 * (bulleted, "+ N more" when they do not all fit). `strong` marks the side holding the power.
 */
export function MapCallout({
  box,
  title,
  text,
  items,
  strong = false,
  emptyText = 'Not written yet',
}: {
  box: CalloutBox;
  title: string;
  text?: string;
  items?: readonly string[];
  strong?: boolean;
  emptyText?: string;
}) {
  const inner = box.width - 2 * PAD;
  const maxLines = Math.max(1, Math.floor((box.height - PAD - 34) / LINE));
  const bullet = '• ';
  const indent = textWidth(bullet, BODY_FONT);
  const lines: Line[] = items
    ? itemLines(items, fitsWidth(inner - indent, BODY_FONT), maxLines, bullet)
    : wrapLines(text ?? '', fitsWidth(inner, BODY_FONT), maxLines).map((line) => ({
        text: line,
        indent: false,
      }));
  const x = box.x + PAD;
  const firstY = box.y + PAD + 30;
  return (
    <g className={strong ? 'bm-callout bm-callout-strong' : 'bm-callout'}>
      <rect
        className="bm-callout-box"
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={10}
      />
      <text className="bm-callout-title" x={x} y={box.y + PAD + 8} fontSize={TITLE_FONT}>
        {fitLine(title, fitsWidth(inner, TITLE_FONT, 700))}
      </text>
      {lines.length === 0 ? (
        <text className="bm-item-empty" x={x} y={firstY} fontSize={BODY_FONT}>
          {emptyText}
        </text>
      ) : (
        lines.map((line, index) => (
          <text
            key={index}
            className={line.more ? 'bm-item-more' : 'bm-callout-text'}
            x={line.indent ? x + indent : x}
            y={firstY + index * LINE}
            fontSize={BODY_FONT}
          >
            {line.text}
          </text>
        ))
      )}
    </g>
  );
}

/**
 * Bulleted items in `maxLines`: each wrapped to as many lines as the room allows (up to three),
 * and when even one line each is too many, the last line counts the rest.
 */
function itemLines(items: readonly string[], fits: Fits, maxLines: number, bullet: string): Line[] {
  const filled = items.map((item) => item.trim()).filter(Boolean);
  const asLines = (list: readonly string[], perItem: number): Line[] =>
    list.flatMap((item) =>
      wrapLines(item, fits, perItem).map((line, index) => ({
        text: index === 0 ? `${bullet}${line}` : line,
        indent: index > 0,
      })),
    );
  for (let perItem = MOST_LINES_PER_ITEM; perItem >= 1; perItem -= 1) {
    const lines = asLines(filled, perItem);
    if (lines.length <= maxLines) return lines;
  }
  const shown = filled.slice(0, maxLines - 1);
  return [
    ...asLines(shown, 1),
    { text: `+ ${filled.length - shown.length} more`, indent: false, more: true },
  ];
}
