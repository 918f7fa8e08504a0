import { type ElementType } from 'react';
import { useServicePage } from './context';
import { pick, type LocalizedText } from './localized';

interface LocalizedViewProps {
  value: LocalizedText | null | undefined;
  /** The element for a single-paragraph text (default span). */
  as?: ElementType;
  className?: string;
  /** Paragraphs: each line of the text becomes a <p>, wrapped in a <div>. */
  multiline?: boolean;
  /** Plain-language Finnish where the text has it (when the page is in plain language). */
  plain?: boolean;
  /** Says in words which language is shown when it is not the reader's (for longer texts). */
  showFallbackNote?: boolean;
}

/**
 * Content text in the page's language, or a fallback (Finnish first) marked with `lang` (so a screen
 * reader switches voice) and, on request, a note saying which language is shown.
 */
export function LocalizedView({
  value,
  as: Tag = 'span',
  className,
  multiline = false,
  plain = false,
  showFallbackNote = false,
}: LocalizedViewProps) {
  const { language, t, plain: pagePlain } = useServicePage();
  const picked = pick(value, language, plain && pagePlain);
  if (!picked) return null;
  const isFallback = picked.lang !== language;
  const lang = isFallback ? picked.lang : undefined;
  const note =
    isFallback && showFallbackNote ? (
      <p className="fallback-note">
        {t('language.fallbackNote', { language: t(`language.in.${picked.lang}`) })}
      </p>
    ) : null;
  if (multiline) {
    return (
      <>
        {note}
        <div className={className} lang={lang}>
          {picked.text
            .split(/\n+/)
            .filter((line) => line.trim())
            .map((line, i) => (
              <p key={i}>{line}</p>
            ))}
        </div>
      </>
    );
  }
  return (
    <>
      {note}
      <Tag className={className} lang={lang}>
        {picked.text}
      </Tag>
    </>
  );
}
