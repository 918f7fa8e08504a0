import { type Language } from '@linja/ui';

/**
 * National helplines shown when a search finds nothing (and on the cross-network page). They are the
 * same for every network and change rarely, so they live here as reviewed data with fi/sv/en labels
 * rather than in the database: no migration, no admin screen, and no network can remove 112 by
 * mistake. A network's own number (`network.contact.phone`, which its coordinators manage) is offered
 * next to them. Numbers and hours as published by the organisations (checked 2025); `hours` is left
 * out where they vary through the year.
 */
export interface HelplineNumber {
  /** As printed. */
  number: string;
  /** For `tel:` (E.164 or a short number). */
  tel: string;
}

export interface Helpline extends HelplineNumber {
  key: 'emergency' | 'nollalinja' | 'crisis' | 'children';
  name: Record<Language, string>;
  /** Who it is for, in a few words. */
  about: Record<Language, string>;
  /** When it answers and what it costs, where that is stable. */
  hours: Record<Language, string>;
  /** A line in the reader's language, when it is another number. */
  inLanguage?: Partial<Record<Language, HelplineNumber & { note: string }>>;
}

/** Nollalinja, also in every page's footer. */
export const NOLLALINJA: HelplineNumber = { number: '080 005 005', tel: '+35880005005' };

export const HELPLINES: readonly Helpline[] = [
  {
    key: 'emergency',
    number: '112',
    tel: '112',
    name: { fi: 'Hätänumero', sv: 'Nödnumret', en: 'Emergency number' },
    about: {
      fi: 'Kun henki, terveys tai turvallisuus on vaarassa.',
      sv: 'När liv, hälsa eller säkerhet är i fara.',
      en: 'When life, health or safety is in danger.',
    },
    hours: { fi: 'Aina, maksuton', sv: 'Alltid, avgiftsfritt', en: 'Always, free of charge' },
  },
  {
    key: 'nollalinja',
    ...NOLLALINJA,
    name: { fi: 'Nollalinja', sv: 'Nollalinjen', en: 'Nollalinja helpline' },
    about: {
      fi: 'Lähisuhdeväkivaltaa tai sen uhkaa kokeneille ja heidän läheisilleen.',
      sv: 'För den som har utsatts för våld eller hot i en nära relation och för deras närstående.',
      en: 'For people who have experienced violence or threats in a close relationship, and those close to them.',
    },
    hours: {
      fi: 'Ympäri vuorokauden, maksuton',
      sv: 'Dygnet runt, avgiftsfritt',
      en: '24/7, free of charge',
    },
  },
  {
    key: 'crisis',
    number: '09 2525 0111',
    tel: '+358925250111',
    name: { fi: 'MIELI Kriisipuhelin', sv: 'MIELI Kristelefonen', en: 'MIELI Crisis Helpline' },
    about: {
      fi: 'Keskusteluapua kriisissä, itsetuhoisiin ajatuksiin tai kun olo on raskas.',
      sv: 'Samtalsstöd i en kris, vid självmordstankar eller när allt känns tungt.',
      en: 'Someone to talk to in a crisis, with suicidal thoughts or when things feel too heavy.',
    },
    hours: {
      fi: 'Suomeksi ympäri vuorokauden',
      sv: 'På finska dygnet runt',
      en: 'In Finnish 24/7',
    },
    inLanguage: {
      sv: { number: '09 2525 0112', tel: '+358925250112', note: 'På svenska vissa tider' },
      en: {
        number: '09 2525 0113',
        tel: '+358925250113',
        note: 'In English at certain times',
      },
    },
  },
  {
    key: 'children',
    number: '116 111',
    tel: '116111',
    name: {
      fi: 'MLL:n Lasten ja nuorten puhelin',
      sv: 'MLL:s Barn- och ungdomstelefon',
      en: 'MLL Helpline for Children and Young People',
    },
    about: {
      fi: 'Lapsille ja nuorille, mistä tahansa asiasta, nimettömänä.',
      sv: 'För barn och unga, om vad som helst, anonymt.',
      en: 'For children and young people, about anything, anonymously.',
    },
    hours: {
      fi: 'Joka päivä, maksuton',
      sv: 'Varje dag, avgiftsfritt',
      en: 'Every day, free of charge',
    },
    inLanguage: {
      sv: { number: '0800 96 116', tel: '+35880096116', note: 'På svenska vissa dagar' },
    },
  },
];

// `tel:` for a number as people write it: in @linja/ui with the shared service page.
export { telHref } from '@linja/ui';
