import type { BoundaryMapWorksheet, TextItem } from '../../../../shared/schema';
import { WORKSHEET_KIND_SPECS } from '../../../../shared/kinds';
import { ListEditor, newId } from '../../ui/ListEditor';
import { TextArea } from '../../ui/fields';
import type { EditorProps } from '../editorProps';

/** Where a list lives in the worksheet, so each edit applies to the latest copy of it. */
export interface TextListLens {
  /** Names the list in undo steps, e.g. `boundaries.willing`. */
  key: string;
  get: (sheet: BoundaryMapWorksheet) => TextItem[];
  set: (sheet: BoundaryMapWorksheet, items: TextItem[]) => BoundaryMapWorksheet;
}

/** A list of one-line-ish statements (what I will do, what I bring…), each editable and movable. */
export function TextItemList({
  items,
  lens,
  change,
  readOnly,
  itemName,
  fieldLabel,
  addLabel,
  emptyText,
  placeholder,
}: {
  items: readonly TextItem[];
  lens: TextListLens;
  change: EditorProps<'boundaryMap'>['change'];
  readOnly: boolean;
  /** What one item is called in its bar, e.g. "Willing". */
  itemName: string;
  fieldLabel: string;
  addLabel: string;
  emptyText: string;
  placeholder?: string;
}) {
  const setText = (id: string, text: string) => {
    change(
      (sheet) =>
        lens.set(
          sheet,
          lens.get(sheet).map((item) => (item.id === id ? { ...item, text } : item)),
        ),
      `${lens.key}.${id}.text`,
    );
  };
  return (
    <ListEditor
      items={items}
      onChange={(next) => {
        change((sheet) => lens.set(sheet, next));
      }}
      createItem={() => WORKSHEET_KIND_SPECS.boundaryMap.items.text(newId())}
      itemName={itemName}
      itemTitle={(_, index) => `${itemName} ${index + 1}`}
      addLabel={addLabel}
      emptyText={emptyText}
      readOnly={readOnly}
      renderItem={(item) => (
        <TextArea
          label={fieldLabel}
          value={item.text}
          rows={2}
          readOnly={readOnly}
          placeholder={placeholder}
          onChange={(text) => {
            setText(item.id, text);
          }}
        />
      )}
    />
  );
}
