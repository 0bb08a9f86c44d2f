import { lazy, Suspense, type ComponentProps } from 'react';
import type { RichTextEditor } from './RichTextEditor';

/**
 * The editor (TipTap and ProseMirror, the page's largest library) is loaded the first time a
 * clause is shown, not with the page: most screens never need it, and the first list of
 * clients appears sooner without it.
 */
const Editor = lazy(async () => ({ default: (await import('./RichTextEditor')).RichTextEditor }));

/** A clause's rich-text editor, loaded on first use; its label shows while it loads. */
export function LazyRichTextEditor(props: ComponentProps<typeof RichTextEditor>) {
  return (
    <Suspense
      fallback={
        <div className="field" aria-busy="true">
          <span className="field-label">{props.label}</span>
          <div className="rich-text-loading" />
        </div>
      }
    >
      <Editor {...props} />
    </Suspense>
  );
}
