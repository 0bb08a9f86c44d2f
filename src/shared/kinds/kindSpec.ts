import type { DocumentKind, WorksheetKind, WorksheetOfKind } from '../schema';
import type { DueContext, DueItem } from '../domain/due/dueItem';

/** The kinds a coach starts from scratch; an agreement is made from the practice's template. */
export type CreatableKind = Exclude<WorksheetKind, 'agreement'>;

/** The fields every new worksheet starts with; ids and the clock come from the main process. */
export interface SheetStart {
  id: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  clientId: string | null;
}

/**
 * Everything the app knows about one kind of worksheet that is not drawing it on screen or in
 * Word: its names, its document, where it goes in the client report, how a new one starts, how
 * a copy gets fresh item ids, the line that says where it stands, and what in it falls due.
 * Main adds how it is written to Word and the renderer adds its editor, each in one map keyed
 * by the same kind (src/main/export/worksheetBuilders.ts, src/renderer/src/editors/editors.tsx).
 */
export interface KindSpec<K extends WorksheetKind, Items extends object = object> {
  kind: K;
  /** The kind's full name: "Individual Development Plan". */
  label: string;
  /** The short name on buttons that make one: "Development plan". */
  buttonLabel: string;
  /** The title a new one gets. */
  defaultTitle: string;
  /** The Word document that shows one worksheet of this kind. */
  document: DocumentKind;
  /** Its place among the chapters of the client report (smaller first). */
  chapter: number;
  /**
   * A new, empty worksheet; null for kinds a coach does not start from scratch (an agreement
   * is made from the practice's template, with rules of its own).
   */
  create: K extends CreatableKind ? (start: SheetStart) => WorksheetOfKind<K> : null;
  /** The same worksheet with a new id for every item inside it (what a copy needs). */
  renewItemIds: (sheet: WorksheetOfKind<K>, newId: () => string) => WorksheetOfKind<K>;
  /** One line on where the worksheet stands, for lists of worksheets. */
  summary: (sheet: WorksheetOfKind<K>, today: string) => string;
  /** The name it was filled in for, or '' when it has no name of its own. */
  personName: (sheet: WorksheetOfKind<K>) => string;
  /** What in it falls due soon or is late, for Home and the practice summary. */
  dueItems: (sheet: WorksheetOfKind<K>, ctx: DueContext) => DueItem[];
  /** New, empty items of its lists, as the editors add them (each given a fresh id). */
  items: Items;
}

/** One entry per kind, checked by the compiler: a missing kind does not build. */
export type KindSpecs = { [K in WorksheetKind]: KindSpec<K> };
