import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';

export interface DemoSynonymGroup {
  readonly id: string;
  readonly networkId: string;
  /** Lower case, base forms; a query word in the group also searches for the others. */
  readonly words: readonly string[];
}

const GROUPS: readonly (readonly string[])[] = [
  ['ero', 'avioero', 'eroaminen'],
  ['masennus', 'uupumus', 'alakulo'],
  ['väkivalta', 'pahoinpitely'],
  ['skilsmässa', 'separation'],
  ['divorce', 'separation'],
  ['depression', 'exhaustion'],
];

/** Each network's demo synonym list (the same groups for both); ids `…-9NN00000000M`. */
export const DEMO_SYNONYMS: readonly DemoSynonymGroup[] = [PERHELINJA_ID, FEDERATION_ID].flatMap(
  (networkId, network) =>
    GROUPS.map((words, index) => ({
      id: `5a1e0b6e-0c1f-4c3e-9d0a-9${String(network + 1).padStart(2, '0')}0000000${String(index + 1).padStart(2, '0')}`,
      networkId,
      words,
    })),
);
