import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, {
  findSuggestionMatch,
  type SuggestionKeyDownProps,
  type SuggestionProps,
} from '@tiptap/suggestion';
import {
  MERGE_FIELDS,
  type MergeFieldKey,
  type MergeFieldSource,
} from '../../../../../shared/catalogue/mergeFields';
import { insertMergeField } from './MergeFieldNode';

/** A merge field as the `{` list offers it. */
export interface FieldOption {
  key: MergeFieldKey;
  label: string;
  source: MergeFieldSource;
}

/** Longer than any label: past this the coach is writing a brace, not looking for a field. */
const MAX_QUERY = 40;

/** The words of a label as typed ("e-mail" also as "email"). */
function labelWords(label: string): string[] {
  const words = label.toLowerCase().split(/\s+/);
  return [...words, ...words.filter((w) => w.includes('-')).map((w) => w.replace(/-/g, ''))];
}

/** The fields whose label has a word starting with each word typed after `{`, in catalogue order. */
export function fieldsMatching(query: string): FieldOption[] {
  const typed = query.toLowerCase().split(/\s+/).filter(Boolean);
  return MERGE_FIELDS.filter((field) => {
    const words = labelWords(field.label);
    return typed.every((t) => words.some((word) => word.startsWith(t)));
  }).map(({ key, label, source }) => ({ key, label, source }));
}

export type FieldSuggestionProps = SuggestionProps<FieldOption, FieldOption>;

/** Where the `{` list shows: the editor's React side, which draws the list and its choice. */
export interface FieldSuggestionView {
  show: (props: FieldSuggestionProps) => void;
  hide: () => void;
  /** True when the list used the key (arrows, Enter, Tab). */
  keyDown: (props: SuggestionKeyDownProps) => boolean;
}

/**
 * Typing `{` opens a list of merge fields, narrowed by what follows; Enter or a click puts the
 * chosen one in as a chip in place of what was typed. Escape closes the list and leaves the
 * `{` as written.
 */
export const FieldSuggestion = Extension.create<{ view: FieldSuggestionView | null }>({
  name: 'fieldSuggestion',

  addOptions() {
    return { view: null };
  },

  addProseMirrorPlugins() {
    const view = this.options.view;
    return [
      Suggestion<FieldOption, FieldOption>({
        editor: this.editor,
        pluginKey: new PluginKey('fieldSuggestion'),
        char: '{',
        allowSpaces: true,
        allowedPrefixes: null,
        findSuggestionMatch: (trigger) => {
          const match = findSuggestionMatch(trigger);
          // `{{` is the old way of writing a field (typed in full, it becomes a chip anyway).
          if (!match || match.query.length > MAX_QUERY || /[{}]/.test(match.query)) return null;
          return match;
        },
        items: ({ query }) => fieldsMatching(query),
        command: ({ editor, range, props }) => {
          insertMergeField(editor, props.key, range);
        },
        render: () => ({
          onStart: (props) => view?.show(props),
          onUpdate: (props) => view?.show(props),
          onExit: () => view?.hide(),
          onKeyDown: (props) => view?.keyDown(props) ?? false,
        }),
      }),
    ];
  },
});
