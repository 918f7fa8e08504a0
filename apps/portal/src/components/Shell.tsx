import { LanguageSwitcher, type Language } from '@linja/ui';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { brandStyle, usableLogoUrl } from '../lib/brand';
import { NOLLALINJA } from '../lib/helplines';
import { currentLanguage } from '../lib/i18n';
import { withLang } from '../lib/language';
import { type Me, type NetworkData } from '../lib/queries';
import { BackLink } from './BackLink';
import { PageLoading } from './page';
import { SignedInBar } from './SignedInBar';
import { listenForEscapeExit, quickExit } from '../lib/quickExit';
import { takeScrollRestore } from '../lib/scrollMemory';

interface ShellProps {
  /** The network whose portal this is (null on the networks list, or while it loads). */
  network: NetworkData['network'] | null;
  /** The network's slug, known from the URL before the network has loaded. */
  networkSlug?: string;
  /**
   * False while the network (name, brand) loads: only the quick exit and a full-height placeholder
   * are shown, so the header does not change size or colour under the reader when the name arrives.
   */
  ready?: boolean;
  /** The signed-in professional (asked with the network): the header says so, with sign-out. */
  me?: Me | null;
  children: ReactNode;
}

/**
 * Back on a page the reader had left by a link: scrolls to where they were once the page is tall
 * enough (its results may still be arriving: false until then), and focuses the link they had
 * followed (else the heading) without scrolling away.
 */
function returnTo(
  main: HTMLElement,
  heading: HTMLElement,
  { y, from }: { y: number; from: string },
) {
  if (typeof window.scrollTo === 'function') window.scrollTo(0, y);
  if (Math.abs(window.scrollY - y) > 1) return false;
  const followed = [...main.querySelectorAll<HTMLAnchorElement>('a[href]')].find(
    (link) => link.getAttribute('href')?.split('?')[0] === from.split('?')[0],
  );
  const target = followed ?? heading;
  if (!followed) heading.tabIndex = -1;
  target.focus({ preventScroll: true });
  return true;
}

/**
 * Every public page: skip link, quick exit (button and Esc ×3), header with the network's brand and the
 * language switch, the main landmark, and a footer with emergency numbers and the safety note.
 */
export function Shell({ network, networkSlug, ready = true, me = null, children }: ShellProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [location, navigate] = useLocation();
  const search = useSearch();
  const slug = network?.slug ?? networkSlug;
  const logo = usableLogoUrl(network?.brand.logoUrl);
  const mainRef = useRef<HTMLElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const firstPath = useRef(location);
  const brand = brandStyle(network?.brand);
  const brandKey = JSON.stringify(brand);

  // The brand colours through the CSSOM too (which the CSP allows): a server-rendered page's style
  // attribute is allowed by its hash (apps/api static-apps/first-page.ts), but a browser without
  // CSP 'unsafe-hashes' refuses it, and hydration does not set attributes again.
  useLayoutEffect(() => {
    const element = pageRef.current;
    if (!element) return;
    for (const [name, value] of Object.entries(JSON.parse(brandKey) as Record<string, string>)) {
      element.style.setProperty(name, value);
    }
  }, [brandKey, ready]);

  useEffect(() => listenForEscapeExit(), []);

  // A new page (not a new filter): move focus to its heading, as a page load would, so screen reader
  // and keyboard users start from the top of the new content. The heading may arrive later (the
  // route's code or data loading), so wait for it a moment. Back by the back bar to a page left by a
  // link: the reader's place on it instead, and the focus on the link they had followed.
  useEffect(() => {
    if (firstPath.current === location) return;
    firstPath.current = '';
    const restore = takeScrollRestore(location);
    if (typeof window.scrollTo === 'function') window.scrollTo(0, 0);
    const main = mainRef.current;
    if (!main) return;
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>('h1');
      // React may insert a page hidden (display: none) before revealing it: wait until it shows.
      if (!heading || heading.getClientRects().length === 0) return false;
      if (restore) return returnTo(main, heading, restore);
      heading.tabIndex = -1;
      heading.focus();
      return document.activeElement === heading;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    const timer = window.setTimeout(() => {
      observer.disconnect();
    }, 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [location]);

  function changeLanguage(next: Language) {
    void i18n.changeLanguage(next);
    const params = new URLSearchParams(search);
    params.set('lang', next);
    navigate(`${location}?${params.toString()}`, { replace: true });
  }

  const exit = (
    <>
      {/* Early in the tab order and always on screen (fixed), for someone who must leave now. */}
      <button
        type="button"
        className="quick-exit"
        onClick={quickExit}
        aria-describedby="quick-exit-hint"
      >
        {t('quickExit')}
      </button>
      <p id="quick-exit-hint" className="linja-visually-hidden">
        {t('quickExitHint')}
      </p>
    </>
  );

  if (!ready) {
    return (
      <div className="page">
        {exit}
        {/* Its own key: the page's main below is a new element placed under the header, never this
            one moved down (Preact would reuse it across the switch, a layout shift). */}
        <main key="loading" id="main" className="main" tabIndex={-1}>
          <PageLoading />
        </main>
      </div>
    );
  }

  return (
    <div className="page" ref={pageRef} style={brand}>
      <a
        className="linja-skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the content without a #main fragment navigation: that would add a history entry
          // (the visit is kept in one, see lib/singleEntryHistory.tsx).
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      {exit}

      <header className="header">
        <div className="header__inner">
          <LanguageSwitcher
            label={t('language.label')}
            current={language}
            onChange={changeLanguage}
          />
          <Link className="brand" href={withLang(slug ? `/${slug}` : '/', language)}>
            {logo ? (
              <img className="brand__logo" src={logo} alt={network?.name ?? ''} height={40} />
            ) : (
              <span className="brand__name">{network?.name ?? t('app.name')}</span>
            )}
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
        </div>
        <SignedInBar me={me} />
      </header>
      <BackLink path={location} search={search} />

      <main key="page" id="main" className="main" tabIndex={-1} ref={mainRef}>
        {children}
      </main>

      <footer className="footer">
        <div className="footer__inner">
          <p className="footer__brand">{network?.name ?? t('app.name')}</p>
          <p>{t('footer.about')}</p>
          <p>
            {t('emergency.beforeNumber')} <a href="tel:112">112</a>. {t('footer.nollalinja')}{' '}
            <a href={`tel:${NOLLALINJA.tel}`}>{NOLLALINJA.number}</a>
          </p>
          <p className="footer__safety">
            {t('footer.safety')}{' '}
            {slug ? (
              <Link href={withLang(`/${slug}/safety`, language)}>{t('safety.link')}</Link>
            ) : null}
          </p>
          {slug ? (
            <p>
              <Link href={withLang(`/${slug}/signin`, language)}>{t('signIn.link')}</Link>
            </p>
          ) : null}
        </div>
      </footer>
    </div>
  );
}
