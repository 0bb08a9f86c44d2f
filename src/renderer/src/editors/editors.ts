import type { ComponentType } from 'react';
import type { WorksheetKind } from '../../../shared/schema';
import type { EditorProps } from './editorProps';
import { IdpEditor } from './IdpEditor';
import { SkillsEditor } from './SkillsEditor';
import { BoundaryMapEditor } from './BoundaryMapEditor';
import { MentorsEditor } from './MentorsEditor';
import { AgreementEditor } from './AgreementEditor';

/**
 * The editor of each kind of worksheet: the renderer's one entry per kind beside the shared
 * registry (src/shared/kinds). The compiler names a kind without an editor.
 */
const EDITORS: { [K in WorksheetKind]: ComponentType<EditorProps<K>> } = {
  idp: IdpEditor,
  skills: SkillsEditor,
  boundaryMap: BoundaryMapEditor,
  mentors: MentorsEditor,
  agreement: AgreementEditor,
};

/** The editor of a kind, typed for that kind. */
export function editorOf<K extends WorksheetKind>(kind: K): ComponentType<EditorProps<K>> {
  return EDITORS[kind];
}
