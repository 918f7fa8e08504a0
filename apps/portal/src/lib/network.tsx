import { createContext, useContext } from 'react';
import { type NetworkData } from './queries';

export type Network = NetworkData['network'];

export const NetworkContext = createContext<Network | null>(null);

/** The network of the current page (its routes render only once it has loaded). */
export function useNetwork(): Network {
  const network = useContext(NetworkContext);
  if (!network) throw new Error('useNetwork outside a network page');
  return network;
}
