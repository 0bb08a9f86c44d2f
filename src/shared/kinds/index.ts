import {
  WORKSHEET_KINDS,
  type DocumentKind,
  type Worksheet,
  type WorksheetKind,
  type WorksheetOfKind,
} from '../schema';
import type { CreatableKind, KindSpec, KindSpecs } from './kindSpec';
import { idpKind } from './idp';
import { skillsKind } from './skills';
import { boundaryMapKind } from './boundaryMap';
import { mentorsKind } from './mentors';
import { agreementKind } from './agreement';

export type { CreatableKind, KindSpec, SheetStart } from './kindSpec';

/**
 * Every kind of worksheet, keyed by kind: the one place that knows what a kind is called, how
 * it starts, copies, sums up and falls due. Adding a kind adds an entry here (with its schema),
 * one in main's Word builders and one in the renderer's editors; the compiler names any missing.
 */
export const WORKSHEET_KIND_SPECS = {
  idp: idpKind,
  skills: skillsKind,
  boundaryMap: boundaryMapKind,
  mentors: mentorsKind,
  agreement: agreementKind,
} satisfies KindSpecs;

const SPECS: KindSpecs = WORKSHEET_KIND_SPECS;

/** The spec of a kind, typed for that kind. */
export function kindSpec<K extends WorksheetKind>(kind: K): KindSpec<K> {
  return SPECS[kind];
}

/** Calls `use` with a worksheet and the spec of its own kind, typed together. */
export function withSpec<R>(
  sheet: Worksheet,
  use: <K extends WorksheetKind>(spec: KindSpec<K>, sheet: WorksheetOfKind<K>) => R,
): R {
  return use(kindSpec(sheet.kind), sheet);
}

/**
 * A new, empty worksheet of a kind a coach starts from scratch, titled with the kind's name
 * unless `title` says otherwise. Its id and time come from the main process.
 */
export function emptyWorksheet<K extends CreatableKind>(
  kind: K,
  clientId: string | null,
  stamp: { id: string; now: string },
  title?: string,
): WorksheetOfKind<K>;
export function emptyWorksheet(
  kind: CreatableKind,
  clientId: string | null,
  stamp: { id: string; now: string },
  title?: string,
): Worksheet {
  const spec = kindSpec(kind);
  return spec.create({
    id: stamp.id,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    title: title ?? spec.defaultTitle,
    clientId,
  });
}

/** Whether a coach starts this kind from scratch (an agreement comes from the template). */
export function isCreatable(kind: WorksheetKind): kind is CreatableKind {
  return kindSpec(kind).create !== null;
}

/** The kinds in the order of the client report's chapters. */
export const KINDS_IN_CHAPTER_ORDER: readonly WorksheetKind[] = [...WORKSHEET_KINDS].sort(
  (a, b) => SPECS[a].chapter - SPECS[b].chapter,
);

/** The kinds a coach starts from scratch, in chapter order, for "New …" buttons. */
export const CREATABLE_KINDS: readonly CreatableKind[] = KINDS_IN_CHAPTER_ORDER.filter(isCreatable);

/** The worksheet kind a document shows, or null for the reports that gather many. */
export function kindOfDocument(document: DocumentKind): WorksheetKind | null {
  return WORKSHEET_KINDS.find((kind) => SPECS[kind].document === document) ?? null;
}

const REPORT_LABELS: Partial<Record<DocumentKind, string>> = {
  'client-report': 'Client report',
  'sponsor-report': 'Sponsor report',
  'practice-summary': 'Practice summary',
};

/** What a document is called: its worksheet kind's name, or the report's. */
export function documentLabel(document: DocumentKind): string {
  const kind = kindOfDocument(document);
  return kind === null ? (REPORT_LABELS[document] ?? document) : SPECS[kind].label;
}

/** Whether a worksheet is of this kind, telling the compiler so. */
export function isOfKind<K extends WorksheetKind>(
  sheet: Worksheet,
  kind: K,
): sheet is WorksheetOfKind<K> {
  return sheet.kind === kind;
}
