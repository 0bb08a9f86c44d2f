import { useState } from 'react';
import { DEFAULT_AGREEMENT_TEMPLATE } from '../../../shared/catalogue/defaultTemplate';
import { useModel, useReadOnly, useTemplate } from '../state/ModelContext';
import { ConfirmDialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import { EntityFields } from '../ui/fieldProblems';
import {
  ClausesSection,
  DefaultsSection,
  FactSheetSection,
  type TemplateChange,
} from './practice/TemplateSections';
import { TemplatePreview } from './practice/TemplatePreview';
import { WordFieldsPanel, WordTemplateSection } from './practice/WordTemplateSection';
import { PreviewJump } from '../editors/agreement/PreviewJump';
import '../styles/practice.css';
import '../styles/agreement.css';

/**
 * The agreement template: the clauses, usual terms and fact sheet every client's agreement
 * starts from, with a live preview filled for a sample or real client.
 */
export function TemplatePage() {
  const model = useModel();
  const readOnly = useReadOnly();
  const toast = useToast();
  const template = useTemplate();
  const [confirmRestore, setConfirmRestore] = useState(false);
  const usesWord = template.wordDocument !== undefined;
  const change: TemplateChange = (recipe, field) => {
    model.editTemplate(recipe, field);
  };

  const restore = () => {
    setConfirmRestore(false);
    // The Word document, if any, stays: only the wordTemplate channels change it.
    model.editTemplate((t) => ({
      ...structuredClone(DEFAULT_AGREEMENT_TEMPLATE),
      ...(t.wordDocument === undefined ? {} : { wordDocument: t.wordDocument }),
    }));
    toast({
      message: 'The default template is back.',
      action: {
        label: 'Undo',
        run: () => {
          model.undo();
        },
      },
    });
  };

  return (
    <EntityFields entity="template">
      <div className="page template-page">
        <div className="page-header">
          <div className="spacer page-intro">
            <h1>Agreement template</h1>
            <p className="muted">
              Every new client agreement starts as a copy of this. Changing it later does not touch
              agreements you already made.
            </p>
          </div>
          {readOnly || usesWord ? null : (
            <button
              type="button"
              className="btn"
              onClick={() => {
                setConfirmRestore(true);
              }}
            >
              Restore the default template
            </button>
          )}
        </div>
        <div className="agreement-workspace">
          <div className="stack agreement-workspace-main">
            {usesWord ? null : <PreviewJump />}
            <WordTemplateSection template={template} readOnly={readOnly} />
            {/* With the coach's own Word document, the clauses and fact sheet are kept, unused. */}
            {usesWord ? null : (
              <ClausesSection template={template} change={change} readOnly={readOnly} />
            )}
            <DefaultsSection template={template} change={change} readOnly={readOnly} />
            {usesWord ? null : (
              <FactSheetSection template={template} change={change} readOnly={readOnly} />
            )}
          </div>
          <div className="agreement-workspace-side">
            {usesWord ? <WordFieldsPanel /> : <TemplatePreview template={template} />}
          </div>
        </div>
        {confirmRestore ? (
          <ConfirmDialog
            title="Restore the default template?"
            message="Your clauses, usual terms and fact sheet are replaced by the ones the app came with. Agreements you already made stay as they are, and you can undo this right after."
            confirmLabel="Restore the default"
            danger
            onConfirm={restore}
            onCancel={() => {
              setConfirmRestore(false);
            }}
          />
        ) : null}
      </div>
    </EntityFields>
  );
}
