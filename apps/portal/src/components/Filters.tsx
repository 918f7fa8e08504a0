import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldValue, useAdoptTypedValue } from '../lib/firstRender';
import { useLanguage } from '../lib/language';
import { type LocalizedText } from '../lib/localized';
import { type SearchData, type Term } from '../lib/queries';
import { activeFilterCount, CHANNELS, toggleValue, type SearchState } from '../lib/searchState';
import { Localized } from './Localized';
import { languageName } from './ServiceCard';

interface FiltersProps {
  state: SearchState;
  facets: SearchData['searchServices']['facets'] | null;
  /** False: the counts are of the search's first matches only (the API's facetsExact). */
  facetsExact?: boolean;
  /** The network's terms, for labels of selected terms that have no count now. */
  terms: Term[];
  onChange: (next: SearchState) => void;
}

interface Option {
  key: string;
  label: ReactNode;
  count: number;
  checked: boolean;
  toggle: () => void;
}

function FacetGroup({
  legend,
  options,
  approximate,
}: {
  legend: string;
  options: Option[];
  /** The counts are of the search's first matches only (facetsExact false). */
  approximate: boolean;
}) {
  if (!options.length) return null;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__options">
        {options.map((option) => (
          <li key={option.key}>
            <label className="check">
              <input type="checkbox" checked={option.checked} onChange={option.toggle} />
              <span className="check__label">{option.label}</span>
              {/* Read as "Ero (6)", not "Ero6": the brackets are for screen readers only. */}
              <span className="linja-visually-hidden"> (</span>
              <span className="check__count">
                {approximate ? `~${option.count}` : option.count}
              </span>
              <span className="linja-visually-hidden">)</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The filters with their counts from the search's facets. Each count is how many services the
 * search would find with that value added (the API leaves a filter's own selection out of its counts),
 * so a count never promises what a click does not give. Collapsible on a phone.
 */
export function Filters({ state, facets, facetsExact, terms, onChange }: FiltersProps) {
  const { t } = useTranslation();
  const approximate = facetsExact === false;
  const language = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [age, setAge] = useState(state.age === null ? '' : String(state.age));
  const ageField = useRef<HTMLInputElement>(null);
  // Typed on the server-rendered results before the app ran: kept, and sent by the held submit.
  useAdoptTypedValue(ageField, age, setAge);
  const [ageInUrl, setAgeInUrl] = useState(state.age);
  if (ageInUrl !== state.age) {
    // Back/Forward changed the age: show it.
    setAgeInUrl(state.age);
    setAge(state.age === null ? '' : String(state.age));
  }
  const active = activeFilterCount(state);
  const termLabel = (termId: string, label?: LocalizedText) =>
    label ?? terms.find((term) => term.id === termId)?.label;

  function termOptions(key: 'themes' | 'targetGroups'): Option[] {
    const counts = facets?.[key] ?? [];
    const ids = [
      ...new Set([...counts.filter((f) => f.count > 0).map((f) => f.termId), ...state[key]]),
    ];
    return ids
      .map((termId) => {
        const facet = counts.find((f) => f.termId === termId);
        return {
          key: termId,
          label: <Localized value={termLabel(termId, facet?.term?.label)} />,
          count: facet?.count ?? 0,
          checked: state[key].includes(termId),
          toggle: () => {
            onChange(toggleValue(state, key, termId));
          },
        };
      })
      .sort((a, b) => b.count - a.count);
  }

  const languageCodes = [
    ...new Set([
      ...(facets?.languages ?? []).filter((f) => f.count > 0).map((f) => f.language),
      ...state.languages,
    ]),
  ];
  const languages: Option[] = languageCodes.map((code) => ({
    key: code,
    label: languageName(code, language),
    count: facets?.languages.find((f) => f.language === code)?.count ?? 0,
    checked: state.languages.includes(code),
    toggle: () => {
      onChange(toggleValue(state, 'languages', code));
    },
  }));
  const channels: Option[] = CHANNELS.map((channel) => ({
    key: channel,
    label: t(`channel.${channel}`),
    count: facets?.channels.find((f) => f.channel === channel)?.count ?? 0,
    checked: state.channels.includes(channel),
    toggle: () => {
      onChange(toggleValue(state, 'channels', channel));
    },
  })).filter((option) => option.count > 0 || option.checked);
  const other: Option[] = [
    {
      key: 'free',
      label: t('filters.free'),
      count: facets?.freeOfCharge.find((f) => f.value)?.count ?? 0,
      checked: state.free,
      toggle: () => {
        onChange({ ...state, free: !state.free, page: 1 });
      },
    },
    {
      key: 'accepting',
      label: t('filters.accepting'),
      count: facets?.acceptingClients.find((f) => f.value)?.count ?? 0,
      checked: state.accepting,
      toggle: () => {
        onChange({ ...state, accepting: !state.accepting, page: 1 });
      },
    },
  ];

  return (
    <section className="filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="filters__heading">
        {t('filters.title')}
      </h2>
      <button
        type="button"
        className="button filters__toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {open ? t('filters.hide') : t('filters.show')}
        {active ? ` (${t('filters.active', { count: active })})` : ''}
      </button>
      <div id={`${id}-body`} className={open ? 'filters__body is-open' : 'filters__body'}>
        {active ? (
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              onChange({
                ...state,
                themes: [],
                targetGroups: [],
                languages: [],
                channels: [],
                age: null,
                free: false,
                accepting: false,
                page: 1,
              });
            }}
          >
            {t('filters.clear')}
          </button>
        ) : null}
        {approximate ? <p className="hint">{t('results.approximateCounts')}</p> : null}
        <FacetGroup
          approximate={approximate}
          legend={t('filters.themes')}
          options={termOptions('themes')}
        />
        <FacetGroup
          approximate={approximate}
          legend={t('filters.targetGroups')}
          options={termOptions('targetGroups')}
        />
        <form
          className="facet facet--age"
          onSubmit={(event) => {
            event.preventDefault();
            const typed = fieldValue(ageField, age).trim();
            const n = typed === '' ? null : Number(typed);
            onChange({
              ...state,
              age: n !== null && Number.isInteger(n) && n >= 0 && n <= 120 ? n : null,
              page: 1,
            });
          }}
        >
          <label htmlFor={`${id}-age`} className="facet__legend">
            {t('filters.age')}
          </label>
          <p id={`${id}-age-hint`} className="hint">
            {t('filters.ageHint')}
          </p>
          <div className="facet__age-row">
            <input
              ref={ageField}
              id={`${id}-age`}
              className="field__input field__input--age"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              value={age}
              aria-describedby={`${id}-age-hint`}
              onChange={(event) => {
                setAge(event.target.value);
              }}
            />
            <button type="submit" className="button">
              {t('filters.ageApply')}
            </button>
          </div>
        </form>
        <FacetGroup approximate={approximate} legend={t('filters.other')} options={other} />
        <FacetGroup approximate={approximate} legend={t('filters.channels')} options={channels} />
        <FacetGroup approximate={approximate} legend={t('filters.languages')} options={languages} />
      </div>
    </section>
  );
}
