export { tokens, cssVar, cssVarName, toCssVariables } from './tokens';
export type { Tokens, TokenGroup, TokenOverrides } from './tokens';
export { LANGUAGES, LANGUAGE_CODES, DEFAULT_LANGUAGE, isLanguage } from './languages';
export type { Language } from './languages';
export { LanguageSwitcher } from './LanguageSwitcher';
export type { LanguageSwitcherProps } from './LanguageSwitcher';
export { createLinjaI18n, currentLanguage } from './i18n';
export type { LinjaI18nOptions } from './i18n';
export { contrastRatio, darken, isHexColor, relativeLuminance } from './contrast';
