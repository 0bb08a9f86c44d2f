/**
 * Canvas helpers for the signing view: a canvas sized to its box on this screen, the PNG it
 * holds as base64, and a typed name drawn as a signature.
 */

/**
 * Handwriting typefaces the common systems already have (Windows, macOS), then the browser's
 * own cursive choice: nothing is downloaded. Where none is installed the name is drawn in an
 * italic serif, which still reads as a signature line.
 */
export const HANDWRITING_FONTS =
  "'Segoe Script', 'Bradley Hand', 'Snell Roundhand', 'Brush Script MT', 'Apple Chancery', 'URW Chancery L', cursive";

/** The ink of both kinds of signature: a dark blue, as a pen would leave. */
export const INK = '#1c2f5a';

/**
 * Give the canvas as many pixels as its box has on this screen, so lines stay sharp on dense
 * screens, and draw in CSS pixels from then on. Answers whether the size changed.
 */
export function fitCanvasToBox(canvas: HTMLCanvasElement): boolean {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const width = Math.round(canvas.offsetWidth * ratio);
  const height = Math.round(canvas.offsetHeight * ratio);
  if (width === 0 || height === 0) return false;
  if (canvas.width === width && canvas.height === height) return false;
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.scale(ratio, ratio);
  return true;
}

/** The picture on a canvas as a PNG, base64 without its `data:` prefix (as main keeps it). */
export function canvasPngBase64(canvas: HTMLCanvasElement): string {
  const url = canvas.toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}

/**
 * Draw `name` on the canvas in a handwriting style, as large as fits, on a clean canvas.
 * Nothing is drawn for an empty name.
 */
export function drawTypedSignature(canvas: HTMLCanvasElement, name: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const width = canvas.offsetWidth;
  const height = canvas.offsetHeight;
  ctx.clearRect(0, 0, width, height);
  const text = name.trim();
  if (text === '') return;
  let size = Math.round(height * 0.36);
  const font = (px: number) => `italic ${px}px ${HANDWRITING_FONTS}`;
  ctx.font = font(size);
  const room = width * 0.8;
  const measured = ctx.measureText(text).width;
  if (measured > room) size = Math.max(12, Math.floor((size * room) / measured));
  ctx.font = font(size);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, width / 2, height * 0.68);
}
