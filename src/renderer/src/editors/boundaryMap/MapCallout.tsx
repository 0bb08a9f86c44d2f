import { charsThatFit, truncate, wrapLines } from './mapLayout';

const TITLE_FONT = 13;
const BODY_FONT = 12.5;
const LINE = 17;
const PAD = 12;

export interface CalloutBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A labelled box beside the rings: a cost (wrapped paragraph) or a list of power sources (one
 * line per item, "+ N more" when they do not all fit). `strong` marks the side holding the power.
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
  const lines = calloutLines({ text, items, inner, maxLines });
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
      <text className="bm-callout-title" x={box.x + PAD} y={box.y + PAD + 8} fontSize={TITLE_FONT}>
        {truncate(title, charsThatFit(inner, TITLE_FONT))}
      </text>
      {lines.length === 0 ? (
        <text className="bm-item-empty" x={box.x + PAD} y={firstY} fontSize={BODY_FONT}>
          {emptyText}
        </text>
      ) : (
        lines.map((line, index) => (
          <text
            key={index}
            className={line.startsWith('+ ') ? 'bm-item-more' : 'bm-callout-text'}
            x={box.x + PAD}
            y={firstY + index * LINE}
            fontSize={BODY_FONT}
          >
            {line}
          </text>
        ))
      )}
    </g>
  );
}

function calloutLines({
  text,
  items,
  inner,
  maxLines,
}: {
  text: string | undefined;
  items: readonly string[] | undefined;
  inner: number;
  maxLines: number;
}): string[] {
  const maxChars = charsThatFit(inner, BODY_FONT);
  if (items) {
    const filled = items.map((item) => item.trim()).filter(Boolean);
    const fits = filled.length <= maxLines;
    const shown = fits ? filled : filled.slice(0, maxLines - 1);
    const lines = shown.map((item) => `• ${truncate(item, maxChars - 2)}`);
    return fits ? lines : [...lines, `+ ${filled.length - shown.length} more`];
  }
  return wrapLines(text ?? '', maxChars, maxLines);
}
