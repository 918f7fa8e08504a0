import { type TFunction } from 'i18next';

/** What a results heading needs of a search connection. */
interface Counted {
  totalCount: number;
  /** False: more services match than totalCount (the API reads a bounded number of matches). */
  totalCountExact?: boolean;
}

/** "12 palvelua", or "Yli 1000 palvelua – tarkenna hakua" when the total is a lower bound. */
export function resultCount(t: TFunction, connection: Counted): string {
  return connection.totalCountExact === false
    ? t('results.countAtLeast', { count: connection.totalCount })
    : t('results.count', { count: connection.totalCount });
}

/** "Näytetään 10 / 12", or "Näytetään 10 / yli 1000". */
export function showingCount(t: TFunction, shown: number, connection: Counted): string {
  return t(connection.totalCountExact === false ? 'results.showingAtLeast' : 'results.showing', {
    shown,
    total: connection.totalCount,
  });
}
