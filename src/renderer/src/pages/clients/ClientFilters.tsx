import { useEffect, useId, useRef } from 'react';
import { CLIENT_STATUSES, type ClientStatus } from '../../../../shared/schema';
import { CLIENT_STATUS_LABELS } from '../../../../shared/catalogue/labels';
import { onSearchFocusRequest } from '../../frame/searchFocus';
import { ACTIONS } from '../../../../shared/actions';
import { displayKeys } from '../../actions';
import { Checkbox, SelectField } from '../../ui/fields';
import { CLIENT_SORTS, CLIENT_SORT_LABELS, type ClientQuery } from './clientQuery';

const STATUS_OPTIONS: { value: ClientStatus | 'all'; label: string }[] = [
  { value: 'all', label: 'Every status' },
  ...CLIENT_STATUSES.map((value) => ({ value, label: CLIENT_STATUS_LABELS[value] })),
];

const SORT_OPTIONS = CLIENT_SORTS.map((value) => ({ value, label: CLIENT_SORT_LABELS[value] }));

/** Search, status filter, archived switch and sort order for the clients list. */
export function ClientFilters({
  query,
  onChange,
}: {
  query: ClientQuery;
  onChange: (query: ClientQuery) => void;
}) {
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);

  // Ctrl/Cmd+K from anywhere lands here.
  useEffect(
    () =>
      onSearchFocusRequest(() => {
        searchRef.current?.focus();
        searchRef.current?.select();
      }),
    [],
  );

  return (
    <div className="client-filters" role="search" aria-label="Find clients">
      <div className="field client-search">
        <label htmlFor={searchId}>Search</label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          value={query.search}
          placeholder="Name, organization or notes"
          aria-describedby={`${searchId}-hint`}
          onChange={(event) => {
            onChange({ ...query, search: event.target.value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query.search !== '') {
              event.preventDefault();
              onChange({ ...query, search: '' });
            }
          }}
        />
        <span className="field-hint" id={`${searchId}-hint`}>
          <kbd>{displayKeys(ACTIONS.search.keys[0])}</kbd> from anywhere
        </span>
      </div>
      <SelectField
        label="Status"
        value={query.status}
        options={STATUS_OPTIONS}
        onChange={(status) => {
          onChange({ ...query, status });
        }}
      />
      <SelectField
        label="Sort by"
        value={query.sort}
        options={SORT_OPTIONS}
        onChange={(sort) => {
          onChange({ ...query, sort });
        }}
      />
      <div className="client-archived-toggle">
        <Checkbox
          label="Show archived"
          checked={query.showArchived}
          onChange={(showArchived) => {
            onChange({ ...query, showArchived });
          }}
        />
      </div>
    </div>
  );
}
