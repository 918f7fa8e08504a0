import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PRESENTED_SESSIONS_QUERY, type PresentedSessionsData } from '../../lib/infoSessionQueries';
import { useHref } from '../../lib/language';
import { infoSessionsPath } from './InfoSessionsPage';
import { SessionItem } from './SessionItem';

/** Sessions listed on a service page; the rest are on the info-sessions page. */
const SERVICE_SESSIONS = 3;

/**
 * A service page's "Presented in Järjestöinfo" for a signed-in professional: the responsible
 * organisation's latest past info sessions (date, series, recording), linking to the archive
 * filtered by the organisation; nothing when there are none. Render it only for a signed-in reader
 * (the API answers nothing to the public, so an anonymous page does not ask).
 */
export function PresentedSessions({
  organizationId,
  networkSlug,
}: {
  organizationId: string;
  networkSlug: string;
}) {
  const { t } = useTranslation();
  const href = useHref();
  const [{ data }] = useQuery<PresentedSessionsData>({
    query: PRESENTED_SESSIONS_QUERY,
    variables: { organizationId, first: SERVICE_SESSIONS },
  });
  const sessions = data?.organization.presentedSessions.edges.map((edge) => edge.node) ?? [];
  if (sessions.length === 0) return null;
  return (
    <section
      aria-labelledby="presented-sessions-heading"
      className="service__section presented-sessions"
    >
      <h2 id="presented-sessions-heading">{t('infoSessions.presentedHeading')}</h2>
      <ol className="info-sessions">
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} headingLevel={3} compact />
        ))}
      </ol>
      <p>
        <Link href={href(infoSessionsPath(networkSlug, organizationId))}>
          {t('infoSessions.presentedAll', { name: data?.organization.name ?? '' })}
        </Link>
      </p>
    </section>
  );
}
