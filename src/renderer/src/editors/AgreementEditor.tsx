import { useDeferredValue, useMemo, useState } from 'react';
import { mergeValuesFor } from '../../../shared/domain/mergeFields';
import { agreementDiff } from '../../../shared/domain/agreementDiff';
import type { AgreementWorksheet } from '../../../shared/schema/agreement';
import { useModelSelector, usePractice, useTemplate, useWorksheetsOf } from '../state/ModelContext';
import type { EditorProps } from './editorProps';
import { AgreementPreview } from './agreement/AgreementPreview';
import { AgreementStatusSection } from './agreement/AgreementStatusSection';
import { ClauseListEditor } from './agreement/ClauseListEditor';
import { FactSheetSection, SignersSection } from './agreement/FactSheetAndSigners';
import { MergeValuesSection } from './agreement/MergeValuesSection';
import { WorkspaceSection } from './agreement/WorkspaceSection';
import { agreementGuidance } from './agreement/agreementGuidance';
import { PreviewJump } from './agreement/PreviewJump';
import { WordAgreementEditor } from './agreement/WordAgreementEditor';
import { ChangesPanel } from './agreement/ChangesPanel';
import { SideViewSwitch, type SideView } from './agreement/SideViewSwitch';
import '../styles/agreement.css';
import '../styles/agreementChanges.css';

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
  const worksheets = useWorksheetsOf(clientId);
  const previous =
    worksheets.find(
      (w): w is AgreementWorksheet => w.kind === 'agreement' && w.id === sheet.previousVersionId,
    ) ?? null;
  const [view, setView] = useState<SideView>('preview');
  // A Word agreement's clauses are not what it says: nothing to compare there.
  const comparable = previous !== null && sheet.wordDocument === undefined;
  const showChanges = comparable && view === 'changes';
  // Comparing every clause word by word is slow on a long agreement: it is done only while the
  // changes are shown, and a step behind the typing, so each key press is drawn at once and the
  // comparison catches up when the coach pauses.
  const compared = useDeferredValue(sheet);
  const diff = useMemo(
    () =>
      !showChanges
        ? null
        : agreementDiff(previous, compared, {
            client,
            practice,
            template,
            dateFormat: practice.dateFormat,
          }),
    [showChanges, previous, compared, client, practice, template],
  );
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
          {previous === null ? (
            <PreviewJump />
          ) : (
            <PreviewJump changesFrom={previous.version} onShow={setView} />
          )}
          <WorkspaceSection title="Clauses" guidance={agreementGuidance(sheet).clauses}>
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
          {comparable ? (
            <SideViewSwitch view={view} onChange={setView} fromVersion={previous.version} />
          ) : null}
          {diff !== null && previous !== null ? (
            <ChangesPanel
              diff={diff}
              previous={previous}
              sheet={sheet}
              change={change}
              editable={editable}
              format={practice.dateFormat}
            />
          ) : (
            <AgreementPreview
              heading="The agreement as the client reads it"
              title={sheet.title}
              clauses={sheet.clauses}
              values={resolved}
              factSheet={sheet.factSheet.include ? sheet.factSheet.body : null}
              signers={{ client: sheet.clientSignerName, coach: sheet.coachSignerName }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
