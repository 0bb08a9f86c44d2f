/** The shapes of the drawn boundary map (see boundaryMapGeometry.ts), for whoever draws them. */
import type { Ellipse } from './mapLayout';

/** Width of `text` at a font size and weight (400 regular, 700 bold), in the map's units. */
export type MeasureText = (text: string, fontSize: number, weight: number) => number;

/** One line of text, centred on `y` (and on `x` where the drawing centres it). */
export interface MapText {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  /** The whole text, when `text` had to be shortened to fit. */
  full?: string;
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A rounded label across the top or bottom of the map, sized to its text. */
export interface PillGeometry {
  box: MapBox;
  text: MapText;
  /** Nothing decided or known yet: drawn quieter. */
  muted: boolean;
  /** The decision: drawn filled. */
  strong: boolean;
}

export type RingKey = 'willNot' | 'negotiable' | 'willing';

/** One ring and its texts; coordinates relative to the rings' centre. */
export interface RingGeometry {
  key: RingKey;
  ellipse: Ellipse;
  /** "WILL NOT · 3". */
  label: MapText | null;
  items: MapText[];
  /** "Nothing here yet" when the ring is empty. */
  empty: MapText | null;
  /** "+ N more" when not every item fits. */
  more: MapText | null;
}

export interface CalloutLine extends MapText {
  /** The "+ N more" line of a list. */
  more: boolean;
}

/** A labelled box beside the rings: a cost, or what one side brings. */
export interface CalloutGeometry {
  key: 'ofActing' | 'ofNotActing' | 'iBring' | 'theyBring' | 'ofKeeping' | 'ofLosing';
  box: MapBox;
  title: MapText;
  lines: CalloutLine[];
  /** What the box says when nothing was written. */
  empty: MapText | null;
  /** The side holding the power: outlined. */
  strong: boolean;
}

export interface BoundaryMapGeometry {
  width: number;
  height: number;
  power: PillGeometry;
  /** Why that side holds the power, on one line under it. */
  why: MapText | null;
  /** Where the rings' centre is; ring coordinates are relative to it. */
  centre: { x: number; y: number };
  /** Outermost first, the order they are drawn in. */
  rings: RingGeometry[];
  callouts: CalloutGeometry[];
  decision: PillGeometry;
}

export interface GeometryOptions {
  /**
   * How much larger text is than in the app (1). A printed page shows the map at about half the
   * size of a screen, so the export draws its text larger and fits fewer words in the same rings.
   */
  textScale?: number;
}
