import { tokens } from '@linja/ui';
import {
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';

/*
 * Mantine's theme from @linja/ui's tokens. Every palette's shades 6–9 (the ones Mantine uses for text,
 * filled backgrounds and "light" variant text) reach at least 4.5:1 on white and on their own shade 0–1
 * backgrounds, so badges, alerts and buttons pass WCAG 2.1 AA whatever variant a page picks.
 */
const linja: MantineColorsTuple = [
  '#eef5f6', // surfaceAccent
  '#d6e8eb',
  '#aed1d8',
  '#7fb5c0',
  '#4f95a4',
  '#2a7588',
  '#0e5a6b', // primary
  '#0a4553', // primaryHover
  '#083a46',
  '#052b34',
];
const green: MantineColorsTuple = [
  '#ecf7f0',
  '#d3ecdc',
  '#a8d8b9',
  '#74bf91',
  '#46a06b',
  '#2b8150',
  '#1d6b3a', // success
  '#175a30',
  '#124a27',
  '#0c381d',
];
const red: MantineColorsTuple = [
  '#fdeceb',
  '#f9d2cf',
  '#f1a7a1',
  '#e6776e',
  '#d64c41',
  '#c3342a',
  '#b42318', // danger
  '#961d14',
  '#7a1710',
  '#5c110c',
];
const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe3bf',
  '#ffc987',
  '#f9a94a',
  '#e48a1f',
  '#bd6a0c',
  '#9a4f06',
  '#803f04',
  '#673203',
  '#4d2502',
];
const blue: MantineColorsTuple = [
  '#ebf0fc',
  '#d0dcf8',
  '#a3baf0',
  '#7195e6',
  '#4772dc',
  '#2a5cd9',
  '#1a4fd6', // focus
  '#1541b0',
  '#10348c',
  '#0b2666',
];
const gray: MantineColorsTuple = [
  '#f5f7f8', // surface
  '#eceff1',
  '#dde2e6',
  '#d5dce0', // divider
  '#aab3bb',
  '#8a949e',
  '#4a5565', // textMuted
  '#3a4452',
  '#2a323d',
  '#1c2430', // text
];

export const theme: MantineThemeOverride = createTheme({
  primaryColor: 'linja',
  primaryShade: 6,
  colors: { linja, green, red, orange, blue, gray, teal: linja, yellow: orange },
  black: tokens.color.text,
  white: tokens.color.background,
  fontFamily: tokens.font.family,
  headings: { fontFamily: tokens.font.family, fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  // People who ask their system for less motion get no transitions (modals, menus, notifications).
  respectReducedMotion: true,
  autoContrast: true,
  luminanceThreshold: 0.4,
  components: {
    // Links and focus rings: the tokens' colours rather than Mantine's blue.
    Anchor: { defaultProps: { c: 'linja.6', underline: 'always' } },
  },
});

/** Dimmed and error text in the tokens' AA colours (Mantine's defaults are too light on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': tokens.color.textMuted,
    '--mantine-color-error': tokens.color.danger,
    '--mantine-color-text': tokens.color.text,
    '--mantine-color-body': tokens.color.background,
    '--mantine-color-placeholder': tokens.color.textMuted,
    '--mantine-color-anchor': tokens.color.primary,
  },
  dark: {},
});
