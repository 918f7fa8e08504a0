import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { formatClock, formatDay, formatWeekday } from '../../lib/eventTime';
import {
  INFO_SERIES_LIST_QUERY,
  presenters,
  SUBSCRIBE_TO_INFO_SERIES_MUTATION,
  UNSUBSCRIBE_FROM_INFO_SERIES_MUTATION,
  type InfoSeriesListData,
  type InfoSeriesSummary,
} from '../../lib/infoSessionQueries';
import { useHref, useLanguage } from '../../lib/language';
import { pickText } from '../../lib/localized';
import { useNetwork } from '../../lib/network';

/** Series shown; a network has a handful (one per wellbeing area's audience). */
const SERIES_SHOWN = 20;

/**
 * The network's info session series for a signed-in reader: the fixed slot, the next session with
 * its presenters (a link to its event page, where a professional signs up), and "Follow" — a
 * follower gets each session's announcement by mail with the presenters, the link and an .ics.
 */
export function SeriesList() {
  const { t } = useTranslation();
  const network = useNetwork();
  const [{ data, error }] = useQuery<InfoSeriesListData>({
    query: INFO_SERIES_LIST_QUERY,
    variables: { networkSlug: network.slug, first: SERIES_SHOWN, after: null },
  });
  const series = data?.infoSeriesList.edges.map((edge) => edge.node) ?? [];
  if (error && !data) {
    return (
      <p role="alert" className="notice">
        {t('infoSessions.series.error')}
      </p>
    );
  }
  if (series.length === 0) return null;
  return (
    <section className="info-series" aria-labelledby="info-series-heading">
      <h2 id="info-series-heading">{t('infoSessions.series.heading')}</h2>
      <p>{t('infoSessions.series.intro')}</p>
      <ul className="info-series__list">
        {series.map((item) => (
          <SeriesItem key={item.id} series={item} />
        ))}
      </ul>
    </section>
  );
}

function SeriesItem({ series }: { series: InfoSeriesSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const href = useHref();
  const network = useNetwork();
  const [subscribing, subscribe] = useMutation<{
    subscribeToInfoSeries: { isSubscribed: boolean };
  }>(SUBSCRIBE_TO_INFO_SERIES_MUTATION);
  const [leaving, leave] = useMutation<{ unsubscribeFromInfoSeries: { isSubscribed: boolean } }>(
    UNSUBSCRIBE_FROM_INFO_SERIES_MUTATION,
  );
  // The mutation's answer holds until the list itself says otherwise (read again after it).
  const [answer, setAnswer] = useState<{ listed: boolean; following: boolean } | null>(null);
  const following =
    answer && answer.listed === series.isSubscribed ? answer.following : series.isSubscribed;
  const title = pickText(series.title, language);
  const next = series.sessions.edges[0]?.node ?? null;
  const nextPresenters = next ? presenters(next).map((organization) => organization.name) : [];
  const failed = subscribing.error ?? leaving.error;
  const busy = subscribing.fetching || leaving.fetching;
  const toggle = async () => {
    const variables = { seriesId: series.id };
    if (following) {
      const result = await leave(variables);
      if (result.data) {
        setAnswer({
          listed: series.isSubscribed,
          following: result.data.unsubscribeFromInfoSeries.isSubscribed,
        });
      }
    } else {
      const result = await subscribe(variables);
      if (result.data) {
        setAnswer({
          listed: series.isSubscribed,
          following: result.data.subscribeToInfoSeries.isSubscribed,
        });
      }
    }
  };
  const headingId = `info-series-${series.id}`;
  return (
    <li className="info-series__item" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>
        {t('infoSessions.series.slot', {
          weekday: formatWeekday(series.weekday, language),
          time: series.startTime.replace(':', language === 'fi' ? '.' : ':'),
          minutes: series.durationMinutes,
        })}
      </p>
      {next ? (
        <p>
          {t('infoSessions.series.next')}{' '}
          <Link href={href(`/${network.slug}/events/${next.id}`)}>
            {formatDay(new Date(next.startsAt), language)}{' '}
            {formatClock(new Date(next.startsAt), language)}
          </Link>
          {nextPresenters.length > 0
            ? ` – ${t('infoSessions.presenters')}: ${nextPresenters.join(', ')}`
            : ''}
        </p>
      ) : (
        <p>{t('infoSessions.series.noNext')}</p>
      )}
      <p className="info-series__follow">
        <button
          type="button"
          className={following ? 'button' : 'button button--primary'}
          disabled={busy}
          onClick={() => {
            void toggle();
          }}
        >
          {following ? t('infoSessions.series.unfollow') : t('infoSessions.series.follow')}
          <span className="linja-visually-hidden"> {title}</span>
        </button>
      </p>
      <p className="hint" role="status">
        {failed
          ? t('infoSessions.series.followError')
          : following
            ? t('infoSessions.series.followingHint')
            : ''}
      </p>
    </li>
  );
}
