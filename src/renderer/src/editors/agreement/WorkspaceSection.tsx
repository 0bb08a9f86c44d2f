import type { ReactNode } from 'react';
import { Guidance, Section } from '../../ui/Section';

function isParagraphs(guidance: ReactNode | readonly string[]): guidance is readonly string[] {
  return Array.isArray(guidance) && guidance.every((p) => typeof p === 'string');
}

/**
 * A part of the agreement or template editor. The preview takes the column where guidance
 * usually sits, so the guidance goes right under the part's title instead.
 */
export function WorkspaceSection({
  title,
  description,
  guidance,
  children,
}: {
  title: string;
  description?: ReactNode;
  /** Its advice, or its paragraphs for the state the agreement is in (`agreementGuidance`). */
  guidance: ReactNode | readonly string[];
  children: ReactNode;
}) {
  return (
    <Section title={title} description={description}>
      <Guidance>
        {isParagraphs(guidance)
          ? guidance.map((paragraph) => <p key={paragraph}>{paragraph}</p>)
          : guidance}
      </Guidance>
      {children}
    </Section>
  );
}
