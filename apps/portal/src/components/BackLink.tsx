import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLanguage, withLang } from '../lib/language';
import { useHydrated } from '../lib/firstRender';
import { useChosenMunicipality } from '../lib/municipalityMemory';
import { requestScrollRestore } from '../lib/scrollMemory';
import { dropLast, useTrail } from '../lib/singleEntryHistory';

export type BackKind = 'home' | 'results' | 'service' | 'safety' | 'other';

/** What kind of portal page an address is, for the back bar's words. */
export function pageKind(href: string): BackKind {
  const [path = '', query = ''] = href.split('?');
  const [first, second] = path.split('/').filter(Boolean);
  // `/?q=…`: the results of the search across all networks.
  if (!first) return new URLSearchParams(query).has('q') ? 'results' : 'home';
  if (!second) return 'home';
  if (second === 'search') return 'results';
  if (second === 'services') return 'service';
  if (second === 'safety') return 'safety';
  return 'other';
}

/**
 * The page a page's back bar leads to when the trail is empty (a shared link, a new tab): the
 * service's results (in the municipality shown or chosen), else the network's home page.
 */
export function logicalParent(
  path: string,
  search: string,
  chosen: string | null = null,
): string | null {
  const [first, second] = path.split('/').filter(Boolean);
  if (!first || !second || first === 'embed') return null;
  if (second === 'services') {
    const code = new URLSearchParams(search).get('municipality') ?? chosen;
    return `/${first}/search${code && /^\d{3}$/.test(code) ? `?municipality=${code}` : ''}`;
  }
  return `/${first}`;
}

/**
 * The portal's own Back (the visit is one browser history entry, so the browser's Back leaves the
 * portal): the previous page of this visit, else the page above this one. Nothing on a home page.
 */
export function BackLink({ path, search }: { path: string; search: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { back, here } = useTrail();
  const chosen = useChosenMunicipality();
  // The trail is this tab's (sessionStorage): not in the server's HTML nor while hydrating it.
  const hydrated = useHydrated();
  const previous = hydrated ? back.at(-1) : undefined;
  const target = previous ?? logicalParent(path, search, chosen);
  if (!target) return null;
  const href = withLang(target, language);
  return (
    <div className="backbar">
      <div className="backbar__inner">
        <Link
          href={href}
          className="backbar__link"
          // Back along the trail: this page is not added to it (wouter calls onClick only for a
          // plain click, not one that opens a new tab).
          replace
          onClick={() => {
            if (!previous) return;
            dropLast();
            // Back where the reader was on that page (lib/scrollMemory.ts).
            requestScrollRestore(previous, here);
          }}
        >
          <span aria-hidden="true">←</span>
          {t(`backLink.${pageKind(target)}`)}
        </Link>
      </div>
    </div>
  );
}
