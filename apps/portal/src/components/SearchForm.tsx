import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { fieldValue, useAdoptTypedValue } from '../lib/firstRender';
import { useHref } from '../lib/language';
import { useChosenMunicipality } from '../lib/municipalityMemory';
import { EMPTY_SEARCH, serializeSearch, type SearchState } from '../lib/searchState';
import { MunicipalityPicker } from './MunicipalityPicker';

interface SearchFormProps {
  /** null: the search across all networks at `/` (its results are `/?q=…`). */
  networkSlug: string | null;
  /** The current search (results page): its filters are kept when the words or the place change. */
  state?: SearchState;
}

/**
 * Words and a municipality; submitting opens the results page with the search in the URL. The results
 * page keys it by the URL's words and place, so a new address refills it. A new search (no `state`)
 * starts from the municipality chosen earlier in the visit.
 */
export function SearchForm({ networkSlug, state: shown }: SearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const href = useHref();
  const [, navigate] = useLocation();
  const chosen = useChosenMunicipality();
  const state = shown ?? EMPTY_SEARCH;
  const [q, setQ] = useState(state.q);
  const field = useRef<HTMLInputElement>(null);
  // Typed on the server-rendered page before the app ran: kept, and sent by the held submit.
  useAdoptTypedValue(field, q, setQ);
  // Until the reader picks one here: the address's, else the visit's choice (which arrives just after
  // a server-rendered page has been hydrated, lib/firstRender.ts).
  const [picked, setMunicipality] = useState<string | null | undefined>(undefined);
  const municipality = picked !== undefined ? picked : shown ? shown.municipality : chosen;

  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        const query = serializeSearch({
          ...state,
          q: fieldValue(field, q),
          municipality,
          page: 1,
        });
        const path = networkSlug ? `/${networkSlug}/search` : '/';
        navigate(href(`${path}${query ? `?${query}` : ''}`));
      }}
    >
      <div className="search__field">
        <label htmlFor={`${id}-q`} className="field__label">
          {t('search.label')}
        </label>
        <input
          ref={field}
          id={`${id}-q`}
          className="field__input"
          type="search"
          name="q"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
          }}
          placeholder={t('search.placeholder')}
          enterKeyHint="search"
          // Discretion: keep searches like "turvakoti" out of the browser's form history.
          autoComplete="off"
          maxLength={200}
        />
      </div>
      <MunicipalityPicker value={municipality} onChange={setMunicipality} />
      <button type="submit" className="button button--primary search__submit">
        {t('search.submit')}
      </button>
    </form>
  );
}
