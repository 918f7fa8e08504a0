import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';

import { DomainError } from '../common/errors/domain-error';
import { type GraphQLContext } from '../graphql/graphql-context';
import { ACCESS_METADATA, type Access } from './access.decorators';
import { isOperationHandler } from './operation-handlers';

/**
 * The global guard (APP_GUARD): every query and mutation must declare its access; undeclared ones are
 * refused (fail closed), SIGNED_IN ones refuse anonymous callers with UNAUTHENTICATED.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const handler = context.getHandler();
    if (!isOperationHandler(this.reflector, handler)) return true;
    const access = this.reflector.get<Access | undefined>(ACCESS_METADATA, handler);
    if (access === 'PUBLIC') return true;
    if (access === 'SIGNED_IN') {
      const { actor } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      if (actor.kind === 'user') return true;
      throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    }
    throw new DomainError('FORBIDDEN', 'This operation declares no access rule.');
  }
}
