import { type Term } from './queries';
import { serializeSearch } from './searchState';

/**
 * Entry points by life situation. Each maps to taxonomy slugs that networks commonly use (themes and
 * target groups); a network that has none of them gets a text search instead, so every entry leads
 * somewhere sensible in every network.
 */
export interface LifeSituation {
  key: 'baby' | 'violence' | 'separation' | 'exhausted' | 'youth' | 'substances' | 'crisis';
  themeSlugs: string[];
  targetGroupSlugs: string[];
  fallbackQuery: { fi: string; sv: string; en: string };
}

export const LIFE_SITUATIONS: LifeSituation[] = [
  {
    key: 'violence',
    themeSlugs: ['lahisuhdevakivalta'],
    targetGroupSlugs: [],
    fallbackQuery: { fi: 'väkivalta', sv: 'våld', en: 'violence' },
  },
  {
    key: 'baby',
    themeSlugs: ['vauvaperhe'],
    targetGroupSlugs: [],
    fallbackQuery: { fi: 'vauva', sv: 'baby', en: 'baby' },
  },
  {
    key: 'separation',
    themeSlugs: ['ero'],
    targetGroupSlugs: [],
    fallbackQuery: { fi: 'ero', sv: 'skilsmässa', en: 'divorce' },
  },
  {
    key: 'exhausted',
    themeSlugs: ['jaksaminen'],
    targetGroupSlugs: [],
    fallbackQuery: { fi: 'uupumus', sv: 'utmattning', en: 'exhaustion' },
  },
  {
    key: 'youth',
    themeSlugs: ['nuoren-hyvinvointi'],
    targetGroupSlugs: ['nuoret'],
    fallbackQuery: { fi: 'nuori', sv: 'ung', en: 'young' },
  },
  {
    key: 'substances',
    themeSlugs: ['paihteet'],
    targetGroupSlugs: [],
    fallbackQuery: { fi: 'päihteet', sv: 'rusmedel', en: 'substance' },
  },
  {
    key: 'crisis',
    themeSlugs: ['kriisi'],
    targetGroupSlugs: [],
    fallbackQuery: { fi: 'kriisi', sv: 'kris', en: 'crisis' },
  },
];

/** The search query string (no "?") a life situation leads to in a network with these terms. */
export function lifeSituationSearch(
  situation: LifeSituation,
  terms: Term[],
  language: 'fi' | 'sv' | 'en',
): string {
  const themes = terms
    .filter((term) => term.kind === 'THEME' && situation.themeSlugs.includes(term.slug))
    .map((term) => term.id);
  const targetGroups = themes.length
    ? []
    : terms
        .filter(
          (term) => term.kind === 'TARGET_GROUP' && situation.targetGroupSlugs.includes(term.slug),
        )
        .map((term) => term.id);
  if (themes.length || targetGroups.length) return serializeSearch({ themes, targetGroups });
  return serializeSearch({ q: situation.fallbackQuery[language] });
}
