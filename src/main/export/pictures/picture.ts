/** A picture for a document: an SVG drawing and the words that stand in for it. */
export interface Picture {
  svg: string;
  /** Size of the drawing in its own units (its proportions are kept on the page). */
  width: number;
  height: number;
  /** Alt text: a short name, and what the picture shows for readers who cannot see it. */
  name: string;
  description: string;
}

/** The print colours of the pictures: calm, and told apart in black and white too. */
export const INK = {
  text: '#222222',
  muted: '#5A5A5A',
  faint: '#8A8A8A',
  line: '#B7C4D1',
  accent: '#2F6690',
  accentStrong: '#1F3A5F',
  accentSoft: '#DCE6F0',
  panel: '#F2F5F8',
  warning: '#9A4A00',
  white: '#FFFFFF',
} as const;
