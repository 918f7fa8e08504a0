import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { noteFirstTitle } from '../lib/firstRender';
import { useHref } from '../lib/language';

/** Sets the tab title: the page's own title, then the portal's. */
export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  const full = title ? `${title} – ${t('app.title')}` : t('app.title');
  noteFirstTitle(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}

/** Holds the place of a page while its code or data loads, so nothing jumps when it arrives. */
export function PageLoading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="linja-visually-hidden">{label ?? t('results.loading')}</span>
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const href = useHref();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="content">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={href('/')}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
