import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import {
  SKILL_CATALOGUE,
  SKILL_GROUPS,
  findCatalogueSkill,
} from '../../../../shared/catalogue/skills';
import { foldText } from '../../../../shared/domain/foldText';
import type { SkillRef } from '../../../../shared/schema/skills';

/** What the coach picked: a catalogue skill, or one of their own (named as typed, if typed). */
export type SkillChoice =
  { source: 'catalogue'; skillId: string } | { source: 'custom'; name: string | null };

interface Option {
  key: string;
  label: string;
  choice: SkillChoice;
}

interface Group {
  key: string;
  label: string;
  options: Option[];
}

const OWN_SKILL = 'My own skill (type its name)';

/** Each skill with the words it is found by: its own name, its group's and the taxonomy's. */
const SEARCHABLE = SKILL_CATALOGUE.map((skill) => {
  const group = SKILL_GROUPS.find((g) => g.id === skill.groupId);
  return {
    skill,
    words: foldText(`${skill.label} ${group?.label ?? ''} ${group?.taxonomy ?? ''}`),
  };
});

/** The catalogue's groups holding a skill that matches every word typed, then "your own". */
function groupsFor(query: string): Group[] {
  const words = foldText(query).split(' ').filter(Boolean);
  const found = SEARCHABLE.filter((entry) => words.every((word) => entry.words.includes(word)));
  const groups: Group[] = SKILL_GROUPS.map((group) => ({
    key: group.id,
    label: `${group.label} (${group.taxonomy})`,
    options: found
      .filter((entry) => entry.skill.groupId === group.id)
      .map(({ skill }) => ({
        key: skill.id,
        label: skill.label,
        choice: { source: 'catalogue' as const, skillId: skill.id },
      })),
  })).filter((group) => group.options.length > 0);
  const typed = query.trim();
  groups.push({
    key: 'own',
    label: 'Not in the list',
    options: [
      {
        key: 'own',
        label: typed === '' ? OWN_SKILL : `Use “${typed}” as my own skill`,
        choice: { source: 'custom', name: typed === '' ? null : typed },
      },
    ],
  });
  return groups;
}

function isCurrent(option: Option, value: SkillRef): boolean {
  return option.choice.source === 'catalogue'
    ? value.source === 'catalogue' && value.skillId === option.choice.skillId
    : value.source === 'custom' && option.choice.name === null;
}

function shownName(value: SkillRef): string {
  if (value.source === 'custom') return OWN_SKILL;
  return findCatalogueSkill(value.skillId)?.label ?? '';
}

/**
 * The skill of an entry, found by typing part of its name or of its group's (an editable
 * combobox with a list, as the ARIA practices describe it): ↓ and ↑ go through the matches,
 * Enter takes one, Escape leaves the skill as it was. Alt+↑ / Alt+↓ are left to the list
 * the entry is in, which moves the entry.
 */
export function SkillCombobox({
  label,
  value,
  readOnly,
  onChoose,
}: {
  label: string;
  value: SkillRef;
  readOnly: boolean;
  onChoose: (choice: SkillChoice) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  // What the coach is typing; null while the box shows the skill chosen.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const groups = open ? groupsFor(query ?? '') : [];
  const options = groups.flatMap((group) => group.options);
  const activeOption = options[active];
  const optionId = (option: Option) => `${id}-option-${option.key}`;

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(optionId(activeOption))?.scrollIntoView({ block: 'nearest' });
  });

  // The list opens at the skill chosen, so ↓ and ↑ go on from there.
  const openAtCurrent = () => {
    const all = groupsFor(query ?? '').flatMap((group) => group.options);
    setOpen(true);
    setActive(
      Math.max(
        all.findIndex((option) => isCurrent(option, value)),
        0,
      ),
    );
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  const pick = (option: Option) => {
    close();
    onChoose(option.choice);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (open) setActive((index) => Math.min(index + 1, options.length - 1));
      else openAtCurrent();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && activeOption) {
        event.preventDefault();
        pick(activeOption);
      }
    } else if (event.key === 'Escape') {
      if (open || query !== null) {
        event.preventDefault();
        close();
      }
    }
  };

  return (
    <div className="field skill-combobox">
      <label htmlFor={id}>{label}</label>
      <div className="skill-combobox-box">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          readOnly={readOnly}
          value={query ?? shownName(value)}
          onFocus={(event) => {
            // Typing replaces the name shown: the coach is looking for another skill.
            event.target.select();
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(event.target.value.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => {
            if (!readOnly && !open) openAtCurrent();
          }}
          onBlur={close}
        />
        {open ? (
          <div
            className="skill-combobox-list"
            id={listId}
            role="listbox"
            aria-label={label}
            // Keeps the focus in the box while an option is clicked.
            onMouseDown={(event) => {
              event.preventDefault();
            }}
          >
            {groups.map((group) => (
              <ul key={group.key} role="group" aria-labelledby={`${id}-group-${group.key}`}>
                <li role="presentation" id={`${id}-group-${group.key}`}>
                  {group.label}
                </li>
                {group.options.map((option) => {
                  const at = options.indexOf(option);
                  return (
                    <li
                      key={option.key}
                      id={optionId(option)}
                      role="option"
                      aria-selected={at === active}
                      data-current={isCurrent(option, value) || undefined}
                      onClick={() => {
                        pick(option);
                      }}
                      onMouseMove={() => {
                        if (at !== active) setActive(at);
                      }}
                    >
                      {option.label}
                    </li>
                  );
                })}
              </ul>
            ))}
          </div>
        ) : null}
      </div>
      <span className="field-hint" id={`${id}-hint`}>
        Type part of a skill’s name or of its group to narrow the list.
      </span>
      <span className="visually-hidden" role="status">
        {open ? `${options.length - 1} ${options.length === 2 ? 'skill' : 'skills'} found.` : ''}
      </span>
    </div>
  );
}
