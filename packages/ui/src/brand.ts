import { contrastRatio, darken, isHexColor } from './contrast';
import { tokens } from './tokens';
import { type CSSProperties } from 'react';

export interface NetworkBrand {
  primaryColor?: string | null;
  accentColor?: string | null;
  logoUrl?: string | null;
}

/** Backgrounds the primary colour is used on as text (links, headings) in the portal and the preview. */
const TEXT_BACKGROUNDS = [
  tokens.color.background,
  tokens.color.surface,
  tokens.color.surfaceAccent,
] as const;

/**
 * The network's brand as CSS custom properties over the default theme. A colour is used only when
 * it keeps WCAG AA: the primary must reach 4.5:1 as text on every portal background and under white
 * button text; the accent (a decorative stripe) 3:1 on white. Otherwise the default stays.
 */
export function brandStyle(brand: NetworkBrand | null | undefined): CSSProperties {
  const style: Record<string, string> = {};
  const primary = brand?.primaryColor;
  if (
    isHexColor(primary) &&
    TEXT_BACKGROUNDS.every((bg) => contrastRatio(primary, bg) >= 4.5) &&
    contrastRatio(tokens.color.onPrimary, primary) >= 4.5
  ) {
    style['--linja-color-primary'] = primary;
    style['--linja-color-primary-hover'] = darken(primary, 0.2);
  }
  const accent = brand?.accentColor;
  if (isHexColor(accent) && contrastRatio(accent, tokens.color.background) >= 3) {
    style['--portal-color-accent'] = accent;
  }
  return style;
}
