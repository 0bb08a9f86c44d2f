/**
 * How wide text really is in the map's font, measured on a canvas: an estimate per character
 * either wastes room (long texts cut early) or spills over a ring's edge, depending on the font
 * the coach's computer has.
 */
let context: CanvasRenderingContext2D | null | undefined;
let family = '';

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim();
  }
  return context;
}

/** Width of `text` in pixels at a font size and weight, as the map draws it. */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  const ctx = measuringContext();
  // No canvas (very unusual): a generous guess per character keeps text inside its room.
  if (!ctx) return text.length * fontSize * 0.58;
  ctx.font = `${weight} ${fontSize}px ${family || 'sans-serif'}`;
  return ctx.measureText(text).width;
}
