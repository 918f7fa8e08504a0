import { type TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { Localized } from '../../components/Localized';
import { municipalityName } from '../../components/MunicipalityPicker';
import { NotFound, PageLoading, useDocumentTitle } from '../../components/page';
import { EVENT_QUERY, type EventData, type EventDetail } from '../../lib/eventQueries';
import { eventJsonLd, jsonLdText } from '../../lib/eventJsonLd';
import { formatTimeRange } from '../../lib/eventTime';
import { useHref, useLanguage, withLang } from '../../lib/language';
import { pick, pickText } from '../../lib/localized';
import { useNetwork } from '../../lib/network';
import { FeedbackLink } from '../feedback/FeedbackLink';
import { SignupSlot } from './SignupSlot';

/** Upcoming dates listed on the page; the rest are counted. */
const DATES_SHOWN = 12;

function agesText(event: EventDetail, t: TFunction): string | null {
  const { ageMin: min, ageMax: max } = event;
  if (min != null && max != null) return t('events.agesRange', { min, max });
  if (min != null) return t('events.agesFrom', { min });
  if (max != null) return t('events.agesTo', { max });
  return null;
}

function languageNames(codes: readonly string[], language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

/**
 * `/:networkSlug/events/:eventId`: one event — time in Helsinki time, place and/or online, what it
 * costs, for whom, who organises it, "add to calendar" (.ics), the sign-up slot, and schema.org
 * Event JSON-LD. The meeting link shows only when the API gives it (people signed up, and signed-in
 * professionals on professionals' events); it is never in the JSON-LD.
 */
export default function EventPage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const language = useLanguage();
  const href = useHref();
  const { eventId } = useParams<{ eventId: string }>();
  // "Now" once per page view (stable query variables): the upcoming dates start from it.
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const [{ data, error, fetching }] = useQuery<EventData>({
    query: EVENT_QUERY,
    variables: { id: eventId, from: now, to: null },
  });
  const event = data?.event;
  useDocumentTitle(event ? pickText(event.title, language) : null);

  if (fetching && !data) return <PageLoading label={t('events.loadingEvent')} />;
  if (error || !event || event.network.slug !== network.slug) return <NotFound />;

  const cancelled = event.status === 'CANCELLED';
  const pagePath = `/${network.slug}/events/${event.id}`;
  const pageUrl = `${window.location.origin}${withLang(pagePath, language)}`;
  const dates = event.occurrences.length
    ? event.occurrences
    : [{ startsAt: event.startsAt, endsAt: event.endsAt }];
  const town = event.municipality
    ? municipalityName(event.municipality, language)
    : event.postOffice;
  const address = [
    event.streetAddress,
    [event.postalCode, event.postOffice].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const hasPlace = Boolean(event.placeName ?? event.streetAddress ?? town);
  const ages = agesText(event, t);
  const costNote = pick(event.costNote, language);
  const accessibility = pick(event.accessibility, language);
  const icsHref = `/ical/events/${event.id}.ics${language === 'fi' ? '' : `?lang=${language}`}`;

  return (
    <div className="content content--event">
      <script
        type="application/ld+json"
        // Data, not code: escaped so that no text can end the element (see jsonLdText).
        dangerouslySetInnerHTML={{ __html: jsonLdText(eventJsonLd(event, language, pageUrl)) }}
      />
      <article className="event" aria-labelledby="event-title">
        <p className="event__kind">
          {t(`events.kind.${event.kind}`)}
          {event.audience !== 'PUBLIC' ? (
            <span className="badge">{t(`events.audienceBadge.${event.audience}`)}</span>
          ) : null}
        </p>
        <h1 id="event-title">
          <Localized value={event.title} />
        </h1>
        {cancelled ? (
          <div className="notice notice--alert" role="status">
            <p>
              <strong>{t('events.cancelledNotice')}</strong>
              {event.cancelReason ? ` ${event.cancelReason}` : ''}
            </p>
          </div>
        ) : null}

        <dl className="event__facts">
          <div>
            <dt>{t('events.when')}</dt>
            <dd>
              <ul className="event__dates">
                {dates.slice(0, DATES_SHOWN).map((o) => (
                  <li key={o.startsAt}>
                    <time dateTime={o.startsAt}>
                      {formatTimeRange(new Date(o.startsAt), new Date(o.endsAt), language)}
                    </time>
                  </li>
                ))}
              </ul>
              {dates.length > DATES_SHOWN ? (
                <p className="hint">
                  {t('events.moreDates', { count: dates.length - DATES_SHOWN })}
                </p>
              ) : null}
              {event.meetingCount ? (
                <p>{t('events.meetings', { count: event.meetingCount })}</p>
              ) : null}
              <p className="hint">{t('events.timeZoneNote')}</p>
            </dd>
          </div>
          {hasPlace || event.isOnline ? (
            <div>
              <dt>{t('events.where')}</dt>
              <dd>
                {hasPlace ? (
                  <p>{[event.placeName, address || town].filter(Boolean).join(', ')}</p>
                ) : null}
                {event.isOnline ? (
                  <p>
                    {t('events.onlineEvent')}.{' '}
                    {event.onlineUrl ? (
                      <a href={event.onlineUrl} target="_blank" rel="noopener noreferrer">
                        {t('events.join')}
                      </a>
                    ) : (
                      <span className="hint">{t('events.onlineLinkLater')}</span>
                    )}
                  </p>
                ) : null}
              </dd>
            </div>
          ) : null}
          {accessibility ? (
            <div>
              <dt>{t('events.accessibility')}</dt>
              <dd lang={accessibility.lang === language ? undefined : accessibility.lang}>
                {accessibility.text}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('events.cost')}</dt>
            <dd>
              {t(`cost.${event.cost}`)}
              {costNote ? (
                <span lang={costNote.lang === language ? undefined : costNote.lang}>
                  {' '}
                  – {costNote.text}
                </span>
              ) : null}
            </dd>
          </div>
          {ages ? (
            <div>
              <dt>{t('events.ages')}</dt>
              <dd>{ages}</dd>
            </div>
          ) : null}
          {event.languages.length > 0 ? (
            <div>
              <dt>{t('events.languages')}</dt>
              <dd>{languageNames(event.languages, language)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('events.organiser')}</dt>
            <dd>{event.organization?.name ?? event.network.name}</dd>
          </div>
          {event.service?.published ? (
            <div>
              <dt>{t('events.service')}</dt>
              <dd>
                <Link href={href(`/${network.slug}/services/${event.service.id}`)}>
                  <Localized value={event.service.published.name} />
                </Link>
              </dd>
            </div>
          ) : null}
          {event.themes.length > 0 ? (
            <div>
              <dt>{t('events.themes')}</dt>
              <dd>{event.themes.map((term) => pickText(term.label, language)).join(', ')}</dd>
            </div>
          ) : null}
        </dl>

        <Localized value={event.description} multiline showFallbackNote />

        <p className="event__calendar">
          <a
            className="button button--secondary"
            href={icsHref}
            download
            data-testid="add-to-calendar"
          >
            {t('events.addToCalendar')}
          </a>
        </p>

        {cancelled ? null : <SignupSlot event={event} />}

        {cancelled ? null : (
          <FeedbackLink survey={event.openFeedbackSurvey} networkSlug={network.slug} on="event" />
        )}

        <p>
          <Link href={href(`/${network.slug}/events`)}>{t('events.allEvents')}</Link>
        </p>
      </article>
    </div>
  );
}
