import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';

export interface DemoSynonymGroup {
  readonly id: string;
  readonly networkId: string;
  /** The language of the words (their stems are compared with that language's rules). */
  readonly language: 'fi' | 'sv' | 'en';
  /** Lower case, base forms; a query word in the group also searches for the others. */
  readonly words: readonly string[];
}

/**
 * Everyday words people type that the service texts do not use, each tied to words the texts do use.
 * Only groups whose need a demo service really answers (the relevance set in
 * apps/api/test/integration/search/relevance-cases.ts measures them). Groups are appended, never
 * reordered: the position is part of the id, and the seed only adds missing groups.
 */
const GROUPS: readonly { language: 'fi' | 'sv' | 'en'; words: readonly string[] }[] = [
  { language: 'fi', words: ['ero', 'avioero', 'eroaminen'] },
  { language: 'fi', words: ['masennus', 'uupumus', 'alakulo', 'uupunut', 'väsymys', 'väsynyt'] },
  { language: 'fi', words: ['väkivalta', 'pahoinpitely'] },
  { language: 'sv', words: ['skilsmässa', 'separation'] },
  { language: 'en', words: ['divorce', 'separation'] },
  { language: 'en', words: ['depression', 'exhaustion', 'exhausted'] },
  // Substance use (Jannika, Ensikoti).
  { language: 'fi', words: ['päihde', 'päihteet', 'alkoholi', 'huume', 'huumeet'] },
  { language: 'sv', words: ['rusmedel', 'missbruk', 'alkohol', 'droger'] },
  { language: 'en', words: ['substance', 'alcohol', 'drug', 'drugs'] },
  // Pregnancy (Ensikoti, Baby Blues, Jannika say "raskausaikana", "odottaville", "expecting").
  { language: 'fi', words: ['raskaus', 'raskaana', 'odottava'] },
  { language: 'en', words: ['pregnancy', 'pregnant', 'expecting'] },
  { language: 'en', words: ['postnatal', 'postpartum', 'birth'] },
  // A mother raising a child alone (Mieskaveritoiminta).
  { language: 'fi', words: ['yksinhuoltaja', 'yksin'] },
  // Behaviour (Aggredi: "väkivaltaista käyttäytymistä").
  { language: 'fi', words: ['käytös', 'käyttäytyminen'] },
  // The everyday Swedish name of a mother and child home ("mödra- och barnhem").
  { language: 'sv', words: ['mödrahem', 'mödra'] },
];

/** Each network's demo synonym list (the same groups for both); ids `…-9NN00000000M`. */
export const DEMO_SYNONYMS: readonly DemoSynonymGroup[] = [PERHELINJA_ID, FEDERATION_ID].flatMap(
  (networkId, network) =>
    GROUPS.map(({ language, words }, index) => ({
      id: `5a1e0b6e-0c1f-4c3e-9d0a-9${String(network + 1).padStart(2, '0')}0000000${String(index + 1).padStart(2, '0')}`,
      networkId,
      language,
      words,
    })),
);
