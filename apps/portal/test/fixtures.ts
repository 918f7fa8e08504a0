import { type NetworkData, type SearchData, type ServiceData } from '../src/lib/queries';

export const THEME_ERO = '5a1e0b6e-0c1f-4c3e-9d0a-200100000003';
export const THEME_VIOLENCE = '5a1e0b6e-0c1f-4c3e-9d0a-200100000007';

export const network: NetworkData['network'] = {
  id: 'n1',
  slug: 'perhelinja',
  name: 'Perhelinja',
  description: { fi: 'Perhelinja kokoaa palvelut.', sv: 'Perhelinja samlar tjänsterna.', en: null },
  brand: { primaryColor: '#00687a', accentColor: '#b3471d', logoUrl: null },
  contact: { phone: null, email: null, website: null },
  taxonomy: {
    edges: [
      {
        node: {
          id: THEME_ERO,
          slug: 'ero',
          kind: 'THEME',
          label: { fi: 'Ero', sv: 'Skilsmässa', en: 'Separation' },
        },
      },
      {
        node: {
          id: THEME_VIOLENCE,
          slug: 'lahisuhdevakivalta',
          kind: 'THEME',
          label: { fi: 'Väkivalta', sv: 'Våld', en: 'Violence' },
        },
      },
    ],
  },
};

export function searchResult(total: number, eroCount = 2): SearchData {
  return {
    searchServices: {
      totalCount: total,
      partialMatch: false,
      pageInfo: { hasNextPage: false },
      edges: Array.from({ length: total }, (_, i) => ({
        node: {
          id: `s${i}`,
          responsibleOrganization: { id: 'o1', name: 'Turun ensi- ja turvakoti ry' },
          published: {
            name: { fi: `Palvelu ${i}`, sv: null, en: `Service ${i}` },
            summary: { fi: 'Tukea erotilanteessa.', sv: null, en: null },
            cost: 'FREE',
            accessMode: 'SELF_REFERRAL',
            channels: ['PHONE'],
            serviceLanguages: ['fi'],
            ageMin: null,
            ageMax: null,
          },
        },
      })),
      facets: {
        themes: [
          { termId: THEME_ERO, count: eroCount, term: null },
          { termId: THEME_VIOLENCE, count: 1, term: null },
        ],
        targetGroups: [],
        languages: [{ language: 'fi', count: total }],
        channels: [{ channel: 'PHONE', count: total }],
        freeOfCharge: [{ value: true, count: total }],
        acceptingClients: [{ value: true, count: total }],
      },
    },
  };
}

const text = (fi: string, en: string | null = null) => ({ fi, sv: null, en, fiPlain: null });

export function serviceResult(withProfessionalInfo: boolean): ServiceData {
  return {
    me: withProfessionalInfo ? { id: 'u1', name: 'Paula Ammattilainen' } : null,
    service: {
      id: 's1',
      network: { slug: 'perhelinja' },
      responsibleOrganization: { id: 'o1', name: 'Turun ensi- ja turvakoti ry', website: null },
      openFeedbackSurvey: null,
      openReferrerFeedbackSurvey: null,
      published: {
        name: {
          fi: 'Keskusteluapu vanhemmille',
          sv: null,
          en: 'Support talks for parents',
          fiPlain: 'Apua vanhemmille',
        },
        summary: text('Lyhyt kuvaus.', 'Short summary.'),
        description: text('Pitkä kuvaus suomeksi.'),
        accessMode: 'SELF_REFERRAL',
        cost: 'FREE',
        costNote: text(''),
        ageMin: null,
        ageMax: null,
        channels: ['PHONE'],
        serviceLanguages: ['fi'],
        contact: { phone: '+358 40 000 0101', email: null, website: null, note: text('') },
        targetGroups: [],
        themes: [],
        path: [
          { position: 2, title: text('Tapaaminen', 'Meeting'), description: text('Tavataan.') },
          { position: 1, title: text('Soita', 'Call'), description: text('Soita meille.') },
        ],
        professionalInfo: withProfessionalInfo
          ? {
              eligibility: text('Kaikki vanhemmat.'),
              howToRefer: text('Ohjaa soittamalla.'),
              whatHappensNext: text('Soitamme takaisin.'),
            }
          : null,
      },
      deliveries: {
        totalCount: 1,
        edges: [
          {
            node: {
              id: 'd1',
              acceptingClients: true,
              isRemote: false,
              isNationwide: false,
              isAnonymous: false,
              hasOnlineBooking: false,
              organization: { id: 'o1', name: 'Turun ensi- ja turvakoti ry' },
              contact: { name: null, phone: null, email: null, website: null },
              openingHours: {
                open247: false,
                note: text(''),
                periods: [
                  {
                    days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
                    opens: '09:00',
                    closes: '16:00',
                  },
                ],
              },
              locations: [
                {
                  id: 'l1',
                  name: null,
                  streetAddress: 'Esimerkkikatu 5',
                  postalCode: '20100',
                  postOffice: 'Turku',
                  accessibility: text(''),
                },
              ],
              municipalities: [{ code: '853', name: { fi: 'Turku', sv: 'Åbo' } }],
              wellbeingAreas: [],
              regions: [],
            },
          },
        ],
      },
    },
  };
}
