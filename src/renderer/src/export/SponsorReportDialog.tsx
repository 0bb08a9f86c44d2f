import { useId, useMemo, useState } from 'react';
import {
  MAX_LINE_LENGTH,
  SPONSOR_PARTS,
  type Client,
  type SponsorPart,
  type SponsorReportChoice,
  type Worksheet,
  type WorksheetKind,
} from '../../../shared/schema';
import {
  SPONSOR_PART_INFO,
  confidentialLine,
  sponsorChoiceFor,
  sponsorKey,
  sponsorPartsOf,
  sponsorReportWorksheets,
} from '../../../shared/domain/sponsorReport';
import { clientReportWorksheets } from '../../../shared/domain/reportWorksheets';
import { KINDS_IN_CHAPTER_ORDER, kindSpec } from '../../../shared/kinds';
import { useModel, useReadOnly } from '../state/ModelContext';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/fields';
import { useExporter } from './useExporter';
import '../styles/exports.css';
import '../styles/sponsorReport.css';

/** A worksheet as the coach knows it: its own title, and an agreement's version. */
function sheetName(sheet: Worksheet): string {
  const title = sheet.title.trim() || kindSpec(sheet.kind).label;
  return sheet.kind === 'agreement' ? `${title} (version ${sheet.version})` : title;
}

/** Whether two choices would make the same report (the order of ticks aside). */
function sameChoice(a: SponsorReportChoice | undefined, b: SponsorReportChoice): boolean {
  if (a === undefined) return false;
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((item) => y.includes(item));
  return (
    a.preparedFor === b.preparedFor && same(a.include, b.include) && same(a.leftOut, b.leftOut)
  );
}

/** One tick, with what it holds when a coach may want to know before ticking it. */
function Tick({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <label className="sponsor-tick">
      <input
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <span>
        {label}
        {hint ? (
          <span className="field-hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}

/**
 * "Sponsor report…": the coach ticks which worksheets and which of their parts a client's
 * sponsor or manager gets, and whom it is for; the choice is remembered with the client and
 * the report exported as the client report is.
 */
export function SponsorReportDialog({
  client,
  worksheets,
  onClose,
}: {
  client: Client;
  worksheets: readonly Worksheet[];
  onClose: () => void;
}) {
  const model = useModel();
  const readOnly = useReadOnly();
  const { exportDocument } = useExporter();
  const [start] = useState(() => sponsorChoiceFor(client, worksheets));
  const [preparedFor, setPreparedFor] = useState(start.preparedFor);
  const [include, setInclude] = useState<ReadonlySet<SponsorPart>>(() => new Set(start.include));
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(() => new Set(start.leftOut));
  const [problem, setProblem] = useState<string | null>(null);
  const idPrefix = useId();
  const groups = useMemo(() => {
    const sheets = clientReportWorksheets(worksheets, client.id);
    return KINDS_IN_CHAPTER_ORDER.map((kind) => ({
      kind,
      sheets: sheets.filter((sheet) => sheet.kind === kind),
    })).filter((group) => group.sheets.length > 0);
  }, [worksheets, client.id]);
  const name = client.name.trim();

  const choice: SponsorReportChoice = {
    preparedFor: preparedFor.trim(),
    include: SPONSOR_PARTS.filter((part) => include.has(part)),
    leftOut: [...leftOut],
  };
  const toggle = <T,>(set: ReadonlySet<T>, item: T, on: boolean): ReadonlySet<T> => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  const run = () => {
    if (choice.preparedFor === '') {
      setProblem('Type the name of the person this report is for: it goes on its first page.');
      return;
    }
    if (choice.preparedFor.length > MAX_LINE_LENGTH) {
      setProblem(
        `That name is too long: at most ${MAX_LINE_LENGTH.toLocaleString('en')} characters.`,
      );
      return;
    }
    if (sponsorReportWorksheets(worksheets, client.id, choice).length === 0) {
      setProblem('Tick at least one part to share.');
      return;
    }
    if (!readOnly && !sameChoice(client.sponsorReport, choice)) {
      model.editClient(client.id, (c) => ({ ...c, sponsorReport: choice }), 'sponsorReport');
    }
    onClose();
    void exportDocument({
      request: { document: 'sponsor-report', clientId: client.id, sponsor: choice },
      label: 'Sponsor report',
    });
  };

  const kindGroup = (kind: WorksheetKind, sheets: readonly Worksheet[]) => {
    const parts = sponsorPartsOf(kind);
    const anyPart = parts.some((part) => include.has(part));
    return (
      <fieldset key={kind} className="sponsor-group">
        <legend>{kindSpec(kind).label}</legend>
        {sheets.length > 1 ? (
          <div
            className="sponsor-sheets"
            role="group"
            aria-labelledby={`${idPrefix}-${kind}-which`}
          >
            <span className="field-hint" id={`${idPrefix}-${kind}-which`}>
              Which ones
            </span>
            {sheets.map((sheet) => (
              <Tick
                key={sheet.id}
                label={sheetName(sheet)}
                checked={anyPart && !leftOut.has(sponsorKey(sheet))}
                onChange={(on) => {
                  setLeftOut((current) => toggle(current, sponsorKey(sheet), !on));
                  const first = parts[0];
                  if (on && !anyPart && first)
                    setInclude((current) => toggle(current, first, true));
                }}
              />
            ))}
          </div>
        ) : sheets[0] && kind !== 'agreement' && sheetName(sheets[0]) !== kindSpec(kind).label ? (
          // The coach's own title says which one it is (a boundary map's situation).
          <p className="sponsor-sheet-name muted">{sheetName(sheets[0])}</p>
        ) : null}
        {parts.map((part) => (
          <Tick
            key={part}
            label={SPONSOR_PART_INFO[part].label}
            hint={SPONSOR_PART_INFO[part].hint}
            checked={include.has(part)}
            onChange={(on) => {
              setInclude((current) => toggle(current, part, on));
              setProblem(null);
            }}
          />
        ))}
      </fieldset>
    );
  };

  return (
    <Dialog
      title={`Sponsor report for ${name}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="sponsor-report" className="btn btn-primary">
            Export sponsor report
          </button>
        </>
      }
    >
      <form
        id="sponsor-report"
        className="sponsor-report stack"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <p>
          A shorter report for whoever sponsors {name}&rsquo;s coaching, such as their manager. Tick
          only what you and {name} agreed to share with them.{' '}
          {readOnly
            ? 'This workbook is open read-only, so your choice will not be remembered.'
            : 'Your choice is remembered for next time.'}
        </p>
        <TextField
          label="Prepared for"
          value={preparedFor}
          onChange={(value) => {
            setPreparedFor(value);
            setProblem(null);
          }}
          hint={`The report opens with “${confidentialLine(preparedFor.trim() || '…')}”.`}
        />
        {groups.length === 0 ? (
          <p className="muted">{name} has no worksheets yet: there is nothing to share.</p>
        ) : (
          <div className="sponsor-groups">
            {groups.map((group) => kindGroup(group.kind, group.sheets))}
          </div>
        )}
        <p className="sponsor-never">
          <strong>A sponsor never sees</strong> your private notes on {name} or what is said in your
          sessions. Anything left unticked stays out too: the salary conversation plan, boundary
          maps, the mentor list and the agreement are left out until you tick them.
        </p>
        {problem ? (
          <p className="export-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
