import type { MentorsWorksheet } from '../../../../shared/schema';
import { mentorCoverage } from '../../../../shared/domain/mentorCoverage';
import { CANDIDATE_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { Section } from '../../ui/Section';

/** Per area, in rank order: who could help and how many already do; areas with nobody stand out. */
export function CoverageSection({ sheet }: { sheet: MentorsWorksheet }) {
  const coverage = mentorCoverage(sheet);
  const uncovered = coverage.uncoveredAreas;
  return (
    <Section
      title="Coverage"
      description="Who could help with each area, in the order of your ranking."
      guidance={<WaysToFindPeople />}
    >
      {coverage.areas.length === 0 ? (
        <p className="empty">Add a few areas above and the coverage shows here.</p>
      ) : (
        <>
          <p
            className={uncovered.length > 0 ? 'mt-coverage-summary mt-gap' : 'mt-coverage-summary'}
          >
            {uncovered.length === 0
              ? 'Every area has at least one person. Well done.'
              : `${uncovered.length} of ${coverage.areas.length} ${coverage.areas.length === 1 ? 'area' : 'areas'} ${uncovered.length === 1 ? 'has' : 'have'} nobody yet: ${uncovered.map((area) => area.name.trim() || 'unnamed area').join(', ')}.`}
          </p>
          <table className="table mt-coverage">
            <caption className="visually-hidden">Mentoring coverage per area</caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Area</th>
                <th scope="col">Who could help</th>
                <th scope="col">Active</th>
              </tr>
            </thead>
            <tbody>
              {coverage.areas.map((entry) => {
                const empty = entry.candidates.length === 0;
                return (
                  <tr key={entry.area.id} className={empty ? 'mt-uncovered' : undefined}>
                    <td className="mt-rank">{entry.rank}</td>
                    <th scope="row">{entry.area.name.trim() || 'Unnamed area'}</th>
                    <td>
                      {empty ? (
                        <span className="badge badge-warning">Nobody yet</span>
                      ) : (
                        <ul className="mt-people">
                          {entry.candidates.map((candidate) => (
                            <li key={candidate.id}>
                              {candidate.name.trim() || 'Unnamed person'}{' '}
                              <span className="muted">
                                ({CANDIDATE_STATUS_LABELS[candidate.status].toLowerCase()})
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {entry.activeCount > 0 ? (
                        <span className="badge badge-accent">{entry.activeCount} active</span>
                      ) : (
                        <span className="muted">None yet</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="field-hint">
            “Active” counts the people you have met or work with now. Ended relationships no longer
            count towards an area.
          </p>
        </>
      )}
    </Section>
  );
}

function WaysToFindPeople() {
  return (
    <>
      <p>
        <strong>Ways to find people</strong>
      </p>
      <ul className="mt-ways">
        <li>Ask your manager who they would learn from, and whether they would introduce you.</li>
        <li>HR often knows who has mentored before and who would like to.</li>
        <li>Co-workers and friends: ask who they admire in this area.</li>
        <li>Professional association meetings: talk to the speakers and the organizers.</li>
        <li>Authors of articles in your field: ask for a short interview about their work.</li>
        <li>LinkedIn and similar networks: look at who the people you respect follow.</li>
      </ul>
    </>
  );
}
