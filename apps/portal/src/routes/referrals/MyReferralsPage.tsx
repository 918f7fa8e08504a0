import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { LoadMoreButton, useCursorPages } from '../../components/LoadMore';
import { useDocumentTitle } from '../../components/page';
import { formatDay } from '../../lib/eventTime';
import { useFeedbackTexts } from '../../lib/i18n/feedback';
import { useHref, useLanguage } from '../../lib/language';
import { pick } from '../../lib/localized';
import { useNetwork } from '../../lib/network';
import { NETWORK_QUERY, type NetworkData } from '../../lib/queries';
import {
  MY_REFERRALS_QUERY,
  type MyReferral,
  type MyReferralsData,
} from '../../lib/referralQueries';

/** Referrals per page ("Load more" asks for the next page). */
export const REFERRALS_PER_PAGE = 20;

/**
 * `/:networkSlug/referrals`: the signed-in professional's own referrals, newest first, with the
 * service, the organisation and where each stands (sent, opened, accepted, declined with the reason,
 * closed) — never the organisation's notes or the client's details — and, where the service has an
 * open referrer survey, "Give feedback as a referrer" (asked in the same query: the API batches it).
 * The mails about a referral link here. An anonymous reader gets the sign-in link, and the API is not
 * asked for referrals.
 */
export default function MyReferralsPage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const href = useHref();
  const [location] = useLocation();
  const [{ data: networkData, fetching }] = useQuery<NetworkData>({
    query: NETWORK_QUERY,
    variables: { slug: network.slug },
  });
  useDocumentTitle(t('myReferrals.heading'));
  if (!networkData && fetching) return null;
  if (!networkData?.me) {
    return (
      <div className="content content--narrow">
        <h1>{t('myReferrals.heading')}</h1>
        <p>{t('myReferrals.signInFirst')}</p>
        <p>
          <Link href={href(`/${network.slug}/signin?return=${encodeURIComponent(location)}`)}>
            {t('signIn.link')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="content content--narrow">
      <h1>{t('myReferrals.heading')}</h1>
      <p>{t('myReferrals.intro')}</p>
      <ReferralList />
    </div>
  );
}

function ReferralList() {
  const { t } = useTranslation();
  const { cursors, last, more } = useCursorPages();
  const [{ data, error }] = useQuery<MyReferralsData>({
    query: MY_REFERRALS_QUERY,
    variables: { first: REFERRALS_PER_PAGE, after: null },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: lastData, fetching: lastFetching }] = useQuery<MyReferralsData>({
    query: MY_REFERRALS_QUERY,
    variables: { first: REFERRALS_PER_PAGE, after: last },
  });
  const next = lastData?.myReferrals.pageInfo;
  if (error && !data) {
    return (
      <p role="alert" className="notice notice--error">
        {t('myReferrals.error')}
      </p>
    );
  }
  if (!data) return <p role="status">{t('myReferrals.loading')}</p>;
  if (data.myReferrals.totalCount === 0) return <p>{t('myReferrals.none')}</p>;
  return (
    <section aria-labelledby="my-referrals-count">
      <p id="my-referrals-count" className="results__count">
        {t('myReferrals.count', { count: data.myReferrals.totalCount })}
      </p>
      <ul className="referral-list">
        {cursors.map((after) => (
          <ReferralPage key={after ?? 'first'} after={after} />
        ))}
      </ul>
      <LoadMoreButton
        pageInfo={next}
        busy={lastFetching}
        label={t('myReferrals.loadMore')}
        onMore={more}
      />
    </section>
  );
}

function ReferralPage({ after }: { after: string | null }) {
  const [{ data }] = useQuery<MyReferralsData>({
    query: MY_REFERRALS_QUERY,
    variables: { first: REFERRALS_PER_PAGE, after },
  });
  return (
    <>
      {data?.myReferrals.edges.map(({ node }) => (
        <ReferralItem key={node.id} referral={node} />
      ))}
    </>
  );
}

function ReferralItem({ referral }: { referral: MyReferral }) {
  const { t } = useTranslation();
  const { texts } = useFeedbackTexts();
  const language = useLanguage();
  const href = useHref();
  const name = pick(referral.serviceName, language);
  const status = t(`myReferrals.status.${referral.status}`);
  const survey = referral.openReferrerFeedbackSurvey;
  const headingId = `referral-${referral.id}-service`;
  return (
    <li className="referral-list__item">
      <h2 id={headingId} className="referral-list__service">
        <Link href={href(`/${referral.networkSlug}/services/${referral.serviceId}`)}>
          <span lang={name?.lang}>{name?.text ?? t('myReferrals.unknownService')}</span>
        </Link>
      </h2>
      <p>{referral.organizationName}</p>
      <p>
        <strong className={`referral-status referral-status--${referral.status.toLowerCase()}`}>
          {status}
        </strong>
        {referral.declineReason
          ? ` – ${t(`myReferrals.declineReason.${referral.declineReason}`)}`
          : null}
      </p>
      <p className="hint">
        {t('myReferrals.sent', { date: formatDay(new Date(referral.createdAt), language) })}
        {referral.decidedAt
          ? ` · ${t('myReferrals.decided', { date: formatDay(new Date(referral.decidedAt), language) })}`
          : null}
      </p>
      {survey ? (
        <p>
          <Link
            className="button button--secondary"
            aria-describedby={headingId}
            href={href(
              `/${referral.networkSlug}/feedback/${encodeURIComponent(survey.id)}/referrer`,
            )}
          >
            {texts.linkReferrer}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
