import type { ReactNode } from 'react';
import { Guidance, Section } from '../../ui/Section';

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
  guidance: ReactNode;
  children: ReactNode;
}) {
  return (
    <Section title={title} description={description}>
      <Guidance>{guidance}</Guidance>
      {children}
    </Section>
  );
}
