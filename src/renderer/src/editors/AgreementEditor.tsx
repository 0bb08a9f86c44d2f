import { mergeValuesFor } from '../../../shared/domain/mergeFields';
import { useModelSelector, usePractice, useTemplate } from '../state/ModelContext';
import type { EditorProps } from './editorProps';
import { AgreementPreview } from './agreement/AgreementPreview';
import { AgreementStatusSection } from './agreement/AgreementStatusSection';
import { ClauseListEditor } from './agreement/ClauseListEditor';
import { FactSheetSection, SignersSection } from './agreement/FactSheetAndSigners';
import { MergeValuesSection } from './agreement/MergeValuesSection';
import { WorkspaceSection } from './agreement/WorkspaceSection';
import { PreviewJump } from './agreement/PreviewJump';
import { WordAgreementEditor } from './agreement/WordAgreementEditor';
import '../styles/agreement.css';

/**
 * A client's policies and procedures agreement. A draft can be changed freely; once sent it
 * stays as the client received it, and once signed it is locked: a change is a new version.
 */
export function AgreementEditor({ sheet, change, readOnly }: EditorProps<'agreement'>) {
  const practice = usePractice();
  const template = useTemplate();
  const clientId = sheet.clientId;
  const client = useModelSelector((s) => s.cache?.files.get(clientId)?.client ?? null);
  // Only a draft can change: the main process refuses to save a sent one too.
  const editable = !readOnly && sheet.status === 'draft';
  const sources = { client, practice, template, dateFormat: practice.dateFormat };
  const resolved = mergeValuesFor({ ...sources, agreement: sheet });
  const fromSources = mergeValuesFor({ ...sources, agreement: { ...sheet, mergeValues: {} } });
  if (sheet.wordDocument !== undefined) {
    return (
      <WordAgreementEditor
        sheet={sheet}
        change={change}
        editable={editable}
        fromSources={fromSources}
        resolved={resolved}
      />
    );
  }

  return (
    <div className="stack agreement-editor">
      <AgreementStatusSection sheet={sheet} />
      <div className="agreement-workspace">
        <div className="stack agreement-workspace-main">
          <PreviewJump />
          <WorkspaceSection
            title="Clauses"
            guidance={
              <>
                <p>
                  This agreement started as a copy of your template. Change any clause for this
                  client; your template stays as it is.
                </p>
                <p>Merge fields are filled from the details below.</p>
              </>
            }
          >
            <ClauseListEditor
              clauses={sheet.clauses}
              readOnly={!editable}
              change={(recipe, field) => {
                change((s) => ({ ...s, clauses: recipe(s.clauses) }), field);
              }}
            />
          </WorkspaceSection>
          <MergeValuesSection
            sheet={sheet}
            change={change}
            editable={editable}
            fromSources={fromSources}
            resolved={resolved}
          />
          <FactSheetSection sheet={sheet} change={change} editable={editable} />
          <SignersSection sheet={sheet} change={change} editable={editable} />
        </div>
        <div className="agreement-workspace-side">
          <AgreementPreview
            heading="The agreement as the client reads it"
            title={sheet.title}
            clauses={sheet.clauses}
            values={resolved}
            factSheet={sheet.factSheet.include ? sheet.factSheet.body : null}
            signers={{ client: sheet.clientSignerName, coach: sheet.coachSignerName }}
          />
        </div>
      </div>
    </div>
  );
}
