import type { ReactNode } from 'react';

/** Short advice beside a part of a worksheet. */
export function Guidance({
  title = 'Guidance',
  children,
}: {
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className="guidance" aria-label={title}>
      <details open>
        <summary>{title}</summary>
        <div className="stack" style={{ marginTop: 8, gap: 8 }}>
          {children}
        </div>
      </details>
    </aside>
  );
}

/** A titled part of a page, with optional guidance in a column beside it. */
export function Section({
  title,
  description,
  guidance,
  actions,
  children,
}: {
  title: string;
  description?: ReactNode;
  guidance?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      className={guidance ? 'card section' : 'card section section-plain'}
      aria-label={title}
    >
      <div className="section-body">
        <div className="row">
          <h2 className="spacer">{title}</h2>
          {actions}
        </div>
        {description ? <p className="muted">{description}</p> : null}
        {children}
      </div>
      {guidance ? <Guidance>{guidance}</Guidance> : null}
    </section>
  );
}
