import { createI18n } from './i18n';
import { resultCount, showingCount } from './resultCount';

describe('result counts', () => {
  it('says "over" when the total is a lower bound, in every language', async () => {
    const expected = {
      fi: ['12 palvelua', 'Yli 1000 palvelua – tarkenna hakua', 'Näytetään 10 / yli 1000'],
      sv: ['12 tjänster', 'Över 1000 tjänster – precisera sökningen', 'Visar 10 av över 1000'],
      en: ['12 services', 'Over 1000 services – narrow your search', 'Showing 10 of over 1000'],
    } as const;
    for (const language of ['fi', 'sv', 'en'] as const) {
      const i18n = createI18n(language);
      await i18n.changeLanguage(language);
      const [exact, atLeast, showing] = expected[language];
      expect(resultCount(i18n.t, { totalCount: 12, totalCountExact: true })).toBe(exact);
      expect(resultCount(i18n.t, { totalCount: 1000, totalCountExact: false })).toBe(atLeast);
      expect(showingCount(i18n.t, 10, { totalCount: 1000, totalCountExact: false })).toBe(showing);
      // An older response without the flag counts as exact.
      expect(resultCount(i18n.t, { totalCount: 12 })).toBe(exact);
    }
  });
});
