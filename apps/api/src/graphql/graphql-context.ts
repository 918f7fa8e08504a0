import { type Request, type Response } from 'express';

import { type Actor } from '../auth/actor';
import { type Loaders } from '../loaders/loaders';

/** What every resolver receives: the request, its actor, and this request's DataLoaders. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  actor: Actor;
  loaders: Loaders;
}
