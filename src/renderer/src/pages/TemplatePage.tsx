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
  const change: TemplateChange = (recipe, field) => {
    model.editTemplate(recipe, field);
  };

  const restore = () => {
    setConfirmRestore(false);
    model.editTemplate(() => structuredClone(DEFAULT_AGREEMENT_TEMPLATE));
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
          {readOnly ? null : (
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
            <PreviewJump />
            <ClausesSection template={template} change={change} readOnly={readOnly} />
            <DefaultsSection template={template} change={change} readOnly={readOnly} />
            <FactSheetSection template={template} change={change} readOnly={readOnly} />
          </div>
          <div className="agreement-workspace-side">
            <TemplatePreview template={template} />
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
