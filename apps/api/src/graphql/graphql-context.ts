import { type Request, type Response } from 'express';

import { type Actor } from '../auth/actor';
import { type Loaders } from '../loaders/loaders';
import { type GenerationMemo } from '../service-search/cache/search-generation';

/** What every resolver receives: the request, its actor, this request's DataLoaders and
 * search generations. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  actor: Actor;
  loaders: Loaders;
  /** The catalogue generations this request's searches have read (search-generation.ts). */
  searchGenerations: GenerationMemo;
}
