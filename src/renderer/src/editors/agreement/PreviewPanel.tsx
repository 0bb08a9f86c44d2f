import { useId, type ReactNode } from 'react';
import { PREVIEW_ID } from './PreviewJump';

/**
 * The column beside an agreement's editor that shows it as the client reads it. Focusable
 * because it scrolls on its own beside the editor: keyboard users can scroll it.
 */
export function PreviewPanel({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section
      id={PREVIEW_ID}
      className="agreement-preview card"
      aria-labelledby={headingId}
      tabIndex={0}
    >
      <div className="row preview-heading">
        <h2 className="spacer" id={headingId}>
          {heading}
        </h2>
      </div>
      {children}
    </section>
  );
}
