import { LANGUAGES, type Language } from './languages';
import './LanguageSwitcher.css';

export interface LanguageSwitcherProps {
  /** The group's accessible name in the current language, e.g. "Kieli". */
  label: string;
  current: Language;
  onChange: (language: Language) => void;
  className?: string;
}

/**
 * Each language is offered in its own name and marked with `lang`, so a reader who does not
 * understand the current language still finds theirs (and a screen reader pronounces it right).
 */
export function LanguageSwitcher({ label, current, onChange, className }: LanguageSwitcherProps) {
  return (
    <div
      role="group"
      aria-label={label}
      className={className ? `linja-language-switcher ${className}` : 'linja-language-switcher'}
    >
      {LANGUAGES.map(({ code, name }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === current}
          className="linja-language-switcher__option"
          onClick={() => {
            if (code !== current) onChange(code);
          }}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
