import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  CREATE_MY_CALENDAR_FEED_MUTATION,
  MY_CALENDAR_FEED_QUERY,
  REVOKE_MY_CALENDAR_FEED_MUTATION,
  type CreateMyCalendarFeedData,
  type MyCalendarFeedData,
} from '../../lib/calendarFeedQueries';
import { useLanguage } from '../../lib/language';

const DATE_STYLE = { dateStyle: 'medium', timeZone: 'Europe/Helsinki' } as const;

/**
 * A signed-in person's own calendar address: the events they may see (professionals' sessions
 * included), never a meeting link. The address is shown once, when made; making a new one stops the
 * old one, and "stop" removes it (ARCHITECTURE.md, "Calendar feeds and event pages").
 */
export function PersonalFeed() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [{ data, error }, refetch] = useQuery<MyCalendarFeedData>({
    query: MY_CALENDAR_FEED_QUERY,
    requestPolicy: 'network-only',
  });
  const [created, create] = useMutation<CreateMyCalendarFeedData>(CREATE_MY_CALENDAR_FEED_MUTATION);
  const [revoked, revoke] = useMutation<{ revokeMyCalendarFeed: boolean }>(
    REVOKE_MY_CALENDAR_FEED_MUTATION,
  );
  const [url, setUrl] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const busy = created.fetching || revoked.fetching;
  const failed = created.error ?? revoked.error ?? error;
  const feed = data?.myCalendarFeed ?? null;
  const date = (iso: string) => new Intl.DateTimeFormat(language, DATE_STYLE).format(new Date(iso));

  const make = async () => {
    setStopped(false);
    const result = await create({});
    if (result.data) setUrl(result.data.createMyCalendarFeed.url);
    refetch({ requestPolicy: 'network-only' });
  };
  const stop = async () => {
    const result = await revoke({});
    if (result.data) {
      setUrl(null);
      setStopped(true);
    }
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section className="events__personal-feed" aria-labelledby="personal-feed-heading">
      <h3 id="personal-feed-heading">{t('events.personalFeed.heading')}</h3>
      <p>{t('events.personalFeed.intro')}</p>
      {url ? (
        <>
          <p className="field">
            <label className="field__label" htmlFor="personal-feed-url">
              {t('events.personalFeed.address')}
            </label>
            <input
              className="field__input"
              id="personal-feed-url"
              type="text"
              readOnly
              value={url}
              onFocus={(event) => {
                event.target.select();
              }}
            />
          </p>
          <p className="hint">{t('events.personalFeed.shownOnce')}</p>
        </>
      ) : feed ? (
        <p data-testid="personal-feed-state">
          {t('events.personalFeed.exists', { date: date(feed.createdAt) })}{' '}
          {feed.lastUsedAt
            ? t('events.personalFeed.lastUsed', { date: date(feed.lastUsedAt) })
            : t('events.personalFeed.notUsed')}
        </p>
      ) : null}
      {stopped ? <p role="status">{t('events.personalFeed.stopped')}</p> : null}
      {failed ? <p role="alert">{t('events.personalFeed.error')}</p> : null}
      <p className="events__personal-feed-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            void make();
          }}
        >
          {feed || url ? t('events.personalFeed.replace') : t('events.personalFeed.create')}
        </button>{' '}
        {feed || url ? (
          <button
            type="button"
            className="button button--link"
            disabled={busy}
            onClick={() => {
              void stop();
            }}
          >
            {t('events.personalFeed.stop')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
