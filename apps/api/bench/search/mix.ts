// The repeated mix of issue 5: 22 fixed searches, sent over and over (after the warm-up, with the
// public search cache on, every one is a hit).
import { type SearchServicesInput } from '../../src/service-search/dto/search-services.input';
import { type SearchKind } from './queries';

export interface MixSearch {
  readonly kind: SearchKind;
  readonly input: SearchServicesInput;
}

/** Lahti 398, Turku 853, Jyväskylä 179, Helsinki 091, Oulu 564, Salo 734. */
export const MIX: readonly MixSearch[] = [
  { kind: 'text', input: { text: 'turvakoti' } },
  { kind: 'text', input: { text: 'väkivalta' } },
  { kind: 'text', input: { text: 'turvakotiin' } },
  { kind: 'text', input: { text: 'vauva masennus' } },
  { kind: 'text', input: { text: 'eroryhmä' } },
  { kind: 'text', input: { text: 'keskusteluapua vanhemmille' } },
  { kind: 'text', input: { text: 'päihteet raskaus' } },
  { kind: 'text', input: { text: 'skilsmässa', locale: 'sv' } },
  { kind: 'text', input: { text: 'shelter', locale: 'en' } },
  { kind: 'text', input: { text: 'nuorten chat' } },
  { kind: 'text+municipality', input: { text: 'turvakoti', municipalityCode: '398' } },
  { kind: 'text+municipality', input: { text: 'väkivalta', municipalityCode: '853' } },
  { kind: 'text+municipality', input: { text: 'ero', municipalityCode: '179' } },
  { kind: 'text+municipality', input: { text: 'vertaisryhmä', municipalityCode: '091' } },
  { kind: 'text+municipality', input: { text: 'perhe', municipalityCode: '564' } },
  { kind: 'filters', input: { municipalityCode: '398', age: 2 } },
  { kind: 'filters', input: { municipalityCode: '853', freeOfCharge: true, languages: ['sv'] } },
  { kind: 'filters', input: { channels: ['CHAT'], acceptingClients: true } },
  { kind: 'filters', input: { networkSlug: 'perhelinja', municipalityCode: '734' } },
  { kind: 'facets', input: {} },
  { kind: 'facets', input: { networkSlug: 'ensi-ja-turvakotien-liitto' } },
  { kind: 'facets', input: { municipalityCode: '091' } },
];

/** `count` requests cycling through the mix. */
export const mixRequests = (count: number): MixSearch[] =>
  Array.from({ length: count }, (_, index) => MIX[index % MIX.length] as MixSearch);
