import { EntityFields } from '../ui/fieldProblems';
import { useModel, useReadOnly, usePractice } from '../state/ModelContext';
import { href } from '../router';
import {
  CoachSection,
  DocumentsSection,
  IdealClientSection,
  type PracticeChange,
} from './practice/ProfileSections';
import { ExportHistorySection } from '../export/ExportHistory';
import '../styles/practice.css';

/** My practice: the coach's own details, saved as they are typed and used on every document. */
export function PracticePage() {
  const model = useModel();
  const readOnly = useReadOnly();
  const practice = usePractice();
  const change: PracticeChange = (recipe, field) => {
    model.editPractice(recipe, field);
  };
  return (
    <EntityFields entity="practice">
      <div className="page practice-page">
        <div className="page-header">
          <div className="spacer page-intro">
            <h1>My practice</h1>
            <p className="muted">
              Your details, your logo and how your documents look. Changes are saved as you type.
              Your agreement wording lives in the{' '}
              <a href={href({ name: 'template' })}>agreement template</a>.
            </p>
          </div>
        </div>
        <CoachSection profile={practice} change={change} readOnly={readOnly} />
        <IdealClientSection profile={practice} change={change} readOnly={readOnly} />
        <DocumentsSection profile={practice} change={change} readOnly={readOnly} />
        <ExportHistorySection />
      </div>
    </EntityFields>
  );
}
