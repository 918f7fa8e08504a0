import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAdoptTypedValue } from '../lib/firstRender';
import { useLanguage } from '../lib/language';
import { chooseMunicipality } from '../lib/municipalityMemory';
import { MUNICIPALITIES_QUERY, MUNICIPALITY_QUERY, type MunicipalityNode } from '../lib/queries';

interface MunicipalityPickerProps {
  /** The chosen municipality's 3-digit code, or null. */
  value: string | null;
  onChange: (code: string | null) => void;
  label?: string;
  /**
   * Whether the choice becomes the visit's municipality (lib/municipalityMemory.ts); false where it
   * is someone else's, e.g. the client's home municipality in a professional's referral.
   */
  remember?: boolean;
}

/** Swedish-speaking readers see the Swedish name where there is one (Åbo, Helsingfors). */
export function municipalityName(node: MunicipalityNode, language: string): string {
  return (language === 'sv' && node.name.sv) || node.name.fi || node.code;
}

/** The name of a municipality code, from the API (cached). */
export function useMunicipalityName(code: string | null): string | null {
  const language = useLanguage();
  const [{ data }] = useQuery<{ municipality: MunicipalityNode }>({
    query: MUNICIPALITY_QUERY,
    variables: { code: code ?? '' },
    pause: !code,
  });
  return code && data?.municipality.code === code
    ? municipalityName(data.municipality, language)
    : null;
}

/**
 * A combobox (WAI-ARIA 1.2 pattern, list autocomplete): type part of a Finnish or Swedish name, pick
 * with the arrow keys and Enter or by clicking. The API filters (`municipalities(filter.search)`).
 * Choosing or clearing a municipality is remembered for the visit (lib/municipalityMemory.ts).
 */
export function MunicipalityPicker({
  value,
  onChange,
  label,
  remember = true,
}: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const selectedName = useMunicipalityName(value);
  // The chosen name from the first render on (the server's too: the field is not empty until the app
  // runs, and words typed into it then are not added to a name that appears later).
  const [text, setText] = useState(() => selectedName ?? '');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const editing = useRef(false);
  const field = useRef<HTMLInputElement>(null);
  // Typed on the server-rendered page before the app ran: kept as the reader's typing (not replaced
  // by the chosen name below), and offered as a list if they are still in the field.
  useAdoptTypedValue(field, text, (typed, focused) => {
    editing.current = true;
    setText(typed);
    setOpen(focused);
  });

  // Show the chosen municipality's name when not typing.
  useEffect(() => {
    if (!editing.current) setText(selectedName ?? '');
  }, [selectedName]);

  // Debounce the typing, so the API is asked once a pause.
  useEffect(() => {
    const handle = window.setTimeout(() => {
      setSearch(text.trim());
    }, 150);
    return () => {
      window.clearTimeout(handle);
    };
  }, [text]);

  const [{ data, fetching }] = useQuery<{
    municipalities: { edges: { node: MunicipalityNode }[] };
  }>({
    query: MUNICIPALITIES_QUERY,
    variables: { search },
    pause: !open || search.length < 1,
  });
  // Names that start with the typed text first ("Lah": Lahti before Kontiolahti).
  const starts = (node: MunicipalityNode) =>
    [node.name.fi, node.name.sv].some((name) =>
      name?.toLocaleLowerCase().startsWith(search.toLocaleLowerCase()),
    )
      ? 0
      : 1;
  const options =
    open && search
      ? (data?.municipalities.edges.map((e) => e.node) ?? []).sort((a, b) => starts(a) - starts(b))
      : [];
  const expanded = open && search.length > 0 && !fetching;

  function choose(node: MunicipalityNode | null) {
    editing.current = false;
    setOpen(false);
    setActive(-1);
    setText(node ? municipalityName(node, language) : '');
    if (remember) chooseMunicipality(node?.code ?? null);
    onChange(node?.code ?? null);
  }

  return (
    <div className="municipality">
      <label htmlFor={inputId} className="field__label">
        {label ?? t('municipality.label')}
      </label>
      <div className="municipality__row">
        <input
          ref={field}
          id={inputId}
          className="field__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={t('municipality.placeholder')}
          value={text}
          onChange={(event) => {
            editing.current = true;
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (!event.target.value.trim() && value) {
              if (remember) chooseMunicipality(null);
              onChange(null);
            }
          }}
          onBlur={() => {
            // Let a click on an option land first.
            window.setTimeout(() => {
              setOpen(false);
              if (editing.current) {
                editing.current = false;
                setText(selectedName ?? '');
              }
            }, 150);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((i) => Math.min(i + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter' && expanded && options.length > 0) {
              event.preventDefault();
              choose(options[active >= 0 ? active : 0] ?? null);
            } else if (event.key === 'Escape' && open) {
              setOpen(false);
            }
          }}
        />
        {value ? (
          <button
            type="button"
            className="municipality__clear"
            aria-label={t('municipality.clear')}
            onClick={() => {
              choose(null);
            }}
          >
            ×
          </button>
        ) : null}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={label ?? t('municipality.label')}
        className="municipality__list"
        hidden={!expanded}
      >
        {options.map((node, i) => (
          <li
            key={node.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="municipality__option"
            onMouseDown={(event) => {
              event.preventDefault();
            }}
            onClick={() => {
              choose(node);
            }}
          >
            {municipalityName(node, language)}
            {language !== 'sv' && node.name.sv && node.name.sv !== node.name.fi ? (
              <span className="municipality__alt" lang="sv">
                {' '}
                ({node.name.sv})
              </span>
            ) : null}
          </li>
        ))}
        {expanded && options.length === 0 ? (
          <li
            role="option"
            aria-selected={false}
            aria-disabled="true"
            className="municipality__none"
          >
            {t('municipality.noMatches')}
          </li>
        ) : null}
      </ul>
      <p className="linja-visually-hidden" role="status" aria-live="polite">
        {expanded
          ? options.length
            ? t('municipality.matches', { count: options.length })
            : t('municipality.noMatches')
          : ''}
      </p>
    </div>
  );
}
