import { useTranslation } from 'react-i18next';
import { formatClock, formatDay } from '../../lib/eventTime';
import { presenters, type PastInfoSession } from '../../lib/infoSessionQueries';
import { useLanguage } from '../../lib/language';
import { pickText } from '../../lib/localized';

/** Bytes as "1,2 MB" / "350 kB". */
function fileSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
  const format = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return bytes >= 1_000_000 ? `${format(bytes / 1_000_000)} MB` : `${format(bytes / 1000)} kB`;
}

/**
 * One past info session: its date and time (Helsinki), series, presenting organisations, the
 * recording and the slides. `compact` (a service page): no presenters or slides.
 */
export function SessionItem({
  session,
  headingLevel = 2,
  compact = false,
}: {
  session: PastInfoSession;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const startsAt = new Date(session.startsAt);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const series = pickText(session.series.title, language);
  const title = pickText(session.title, language);
  const names = presenters(session).map((organization) => organization.name);
  // Only web addresses become links (never javascript: or other schemes).
  const recordingUrl =
    session.recordingUrl && /^https?:\/\//i.test(session.recordingUrl)
      ? session.recordingUrl
      : null;
  return (
    <li className="info-session" data-testid="info-session">
      <Heading className="info-session__date">
        <time dateTime={session.startsAt}>
          {formatDay(startsAt, language)} {formatClock(startsAt, language)}
        </time>
      </Heading>
      <p className="info-session__series">
        {series}
        {title && title !== series ? ` – ${title}` : ''}
      </p>
      {!compact && names.length > 0 ? (
        <p className="info-session__presenters">
          {t('infoSessions.presenters')}: {names.join(', ')}
        </p>
      ) : null}
      {recordingUrl || (!compact && session.slides.length > 0) ? (
        <ul className="info-session__links">
          {recordingUrl ? (
            <li>
              <a href={recordingUrl} rel="noopener noreferrer">
                {t('infoSessions.recording')}
                <span className="linja-visually-hidden">
                  {' '}
                  ({series}, {formatDay(startsAt, language)})
                </span>
              </a>
            </li>
          ) : null}
          {compact
            ? null
            : session.slides.map((slide) => (
                <li key={slide.id}>
                  <a href={slide.downloadUrl} download={slide.fileName}>
                    {t('infoSessions.slides')}: {slide.fileName}
                  </a>{' '}
                  <span className="hint">({fileSize(slide.size, language)})</span>
                </li>
              ))}
        </ul>
      ) : null}
    </li>
  );
}
