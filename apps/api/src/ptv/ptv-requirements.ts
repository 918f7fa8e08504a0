import { type TServiceContent } from '@linja/domain';

import { PTV_LANGUAGES } from './ptv-text';
import { type PtvLanguage, type PtvLanguageItem } from './ptv-types';

const ACCESS: Record<TServiceContent['accessMode'], Record<PtvLanguage, string>> = {
  SELF_REFERRAL: {
    fi: 'Palveluun voi hakeutua itse.',
    sv: 'Man kan själv söka sig till tjänsten.',
    en: 'You can contact the service yourself.',
  },
  PROFESSIONAL_REFERRAL: {
    fi: 'Palveluun ohjaudutaan ammattilaisen kautta.',
    sv: 'Man hänvisas till tjänsten av en yrkesperson.',
    en: 'You are referred to the service by a professional.',
  },
  BOTH: {
    fi: 'Palveluun voi hakeutua itse tai ammattilaisen ohjaamana.',
    sv: 'Man kan söka sig till tjänsten själv eller hänvisas av en yrkesperson.',
    en: 'You can contact the service yourself or be referred by a professional.',
  },
};

function ageText(min: number | null, max: number | null, language: PtvLanguage): string | null {
  if (min === null && max === null) return null;
  const words = {
    fi: { age: 'Ikä', years: 'vuotta', from: 'vähintään', to: 'enintään' },
    sv: { age: 'Ålder', years: 'år', from: 'minst', to: 'högst' },
    en: { age: 'Age', years: 'years', from: 'at least', to: 'at most' },
  }[language];
  if (min !== null && max !== null) return `${words.age}: ${min}–${max} ${words.years}.`;
  if (min !== null) return `${words.age}: ${words.from} ${min} ${words.years}.`;
  return `${words.age}: ${words.to} ${max} ${words.years}.`;
}

/**
 * PTV's free-text `requirements`, one item per content language: who the service is for by age
 * (ageMin/ageMax) and how one gets it (accessMode) — both public in Linja. Never anything of the
 * professional-only information (eligibility, how to refer).
 */
export function toPtvRequirements(
  content: TServiceContent,
  languages: readonly PtvLanguage[],
): PtvLanguageItem[] {
  return PTV_LANGUAGES.filter((language) => languages.includes(language)).map((language) => ({
    value: [ageText(content.ageMin, content.ageMax, language), ACCESS[content.accessMode][language]]
      .filter(Boolean)
      .join(' '),
    language,
  }));
}
