import { formatDate, todayIso } from '../../../shared/domain/dates';
import { useClientRows, useDue, usePractice, useReadOnly } from '../state/ModelContext';
import { href } from '../router';
import { ActionButton } from '../frame/pageActions';
import { DueGroups } from './home/DueGroups';
import { Overview } from './home/Overview';
import { ExportButton } from '../export/useExporter';
import { PRACTICE_SUMMARY_EXPORT } from '../export/exportRequests';
import '../styles/pages.css';

function greeting(hour: number, coachName: string): string {
  const part = hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  const first = coachName.trim().split(/\s+/)[0] ?? '';
  return first === '' ? part : `${part}, ${first}`;
}

/** Home: how the practice stands and what is due, each item one click from its place. */
export function HomePage() {
  const practice = usePractice();
  const clients = useClientRows();
  const due = useDue();
  const readOnly = useReadOnly();
  const now = new Date();
  const today = todayIso(now);
  const hasClients = clients.length > 0;
  const practiceEmpty = practice.coachName.trim() === '' && practice.businessName.trim() === '';

  return (
    <div className="page home-page">
      <div className="page-header">
        <div className="spacer stack-tight">
          <h1>{greeting(now.getHours(), practice.coachName)}</h1>
          <p className="muted">Today is {formatDate(today, practice.dateFormat)}.</p>
        </div>
        <ExportButton item={PRACTICE_SUMMARY_EXPORT} label="Export practice summary" />
      </div>
      {hasClients && due ? <Overview clients={clients} due={due} /> : null}
      {!hasClients ? (
        <section className="card stack welcome" aria-labelledby="home-start-title">
          <h2 id="home-start-title">Let’s get you started</h2>
          <ol className="start-steps">
            <li data-done={!practiceEmpty || undefined}>
              <a href={href({ name: 'practice' })}>Fill in your practice</a>: your name, business
              and contact details go on every document you hand out.
            </li>
            <li>
              <a href={href({ name: 'template' })}>Read through your agreement template</a>: every
              client’s agreement starts from it.
            </li>
            <li>
              Add your first client, then start their worksheets from their page.
              {readOnly ? null : (
                <>
                  {' '}
                  <ActionButton action="newClient" className="btn btn-primary btn-small">
                    + New client
                  </ActionButton>
                </>
              )}
            </li>
          </ol>
        </section>
      ) : null}
      <h2 className="home-section-title">What is due</h2>
      {due === null ? (
        <p className="muted" aria-busy="true">
          Looking at what is due…
        </p>
      ) : due.length === 0 ? (
        <div className="empty stack due-empty">
          <p>
            <strong>Nothing is due in the next 30 days.</strong>
          </p>
          <p>
            Signatures you are waiting for, development objectives coming up, mentor next steps and
            yearly check-ins will show up here as their dates approach.
          </p>
        </div>
      ) : (
        <DueGroups groups={due} />
      )}
    </div>
  );
}
