// A network's brand as CSS custom properties lives in @linja/ui (the admin's preview uses it too).
export { brandStyle } from '@linja/ui';
export type { NetworkBrand } from '@linja/ui';

/**
 * Logos only from our own origin (the CSP allows images from 'self' and data: only); anything else
 * would be blocked and leave a broken image, so the network's name is shown instead.
 */
export function usableLogoUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('data:image/')) return url;
  return url.startsWith('/') && !url.startsWith('//') ? url : null;
}
