import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

// The smallest query any GraphQL server answers: proves the admin reaches the API end to end.
export const API_STATUS_QUERY = 'query ApiStatus { __typename }';

interface ApiStatusData {
  __typename: string;
}

type Status =
  { kind: 'loading' } | { kind: 'connected'; typename: string } | { kind: 'error'; detail: string };

/** Shows whether the API answers, with a retry when it does not. */
export function ApiStatus() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecuteQuery] = useQuery<ApiStatusData>({
    query: API_STATUS_QUERY,
  });

  const status: Status = fetching
    ? { kind: 'loading' }
    : error
      ? { kind: 'error', detail: error.message }
      : data
        ? { kind: 'connected', typename: data.__typename }
        : { kind: 'loading' };

  return (
    <section className="api-status" aria-labelledby="api-status-title">
      <h2 id="api-status-title" className="api-status__title">
        {t('apiStatus.title')}
      </h2>
      <p role="status" className={`api-status__line api-status__line--${status.kind}`}>
        <span className="api-status__dot" aria-hidden="true" />
        {t('apiStatus.label')}:{' '}
        <strong>
          {status.kind === 'loading' && t('apiStatus.loading')}
          {status.kind === 'connected' && t('apiStatus.connected', { typename: status.typename })}
          {status.kind === 'error' && t('apiStatus.error')}
        </strong>
      </p>
      {status.kind === 'error' && (
        <>
          <p className="api-status__detail">
            <code>{status.detail}</code>
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reexecuteQuery({ requestPolicy: 'network-only' });
            }}
          >
            {t('apiStatus.retry')}
          </button>
        </>
      )}
    </section>
  );
}
