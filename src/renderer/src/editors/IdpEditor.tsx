import { useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { useDateFormat } from '../state/ModelContext';
import type { EditorProps } from './editorProps';
import { IdpSummary } from './idp/IdpSummary';
import { GoalsSection, ProfileSection } from './idp/ProfileSection';
import { ObjectivesSection } from './idp/ObjectivesSection';
import { ProgressLogSection } from './idp/ProgressLogSection';
import { ReviewSection } from './idp/ReviewSection';
import { SignOffSection } from './idp/SignOffSection';
import '../styles/idp.css';

/**
 * The Individual Development Plan: a plan the employee owns and shares with their manager or
 * coach. The summary on top is computed from the objectives; everything else is typed in.
 */
export function IdpEditor({ sheet, change, readOnly }: EditorProps<'idp'>) {
  // Read once per visit: "today" drives what counts as overdue and the date a new log entry gets.
  const [today] = useState(() => todayIso(new Date()));
  const dateFormat = useDateFormat();
  return (
    <div className="stack idp-editor">
      <IdpSummary sheet={sheet} today={today} dateFormat={dateFormat} />
      <ProfileSection
        profile={sheet.profile}
        clientId={sheet.clientId}
        change={change}
        readOnly={readOnly}
      />
      <GoalsSection goals={sheet.goals} change={change} readOnly={readOnly} />
      <ObjectivesSection
        objectives={sheet.objectives}
        today={today}
        change={change}
        readOnly={readOnly}
      />
      <ProgressLogSection
        entries={sheet.progressLog}
        today={today}
        dateFormat={dateFormat}
        change={change}
        readOnly={readOnly}
      />
      <ReviewSection review={sheet.review} change={change} readOnly={readOnly} />
      <SignOffSection signOff={sheet.signOff} change={change} readOnly={readOnly} />
    </div>
  );
}
