import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

import { ACCESS_METADATA } from './access.decorators';
import { isOperationHandler } from './operation-handlers';

/** Lists `Class.method` of every query/mutation handler without an access declaration. */
export function undeclaredOperations(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): string[] {
  const missing: string[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function') continue;
      if (
        isOperationHandler(reflector, handler) &&
        reflector.get(ACCESS_METADATA, handler) === undefined
      ) {
        missing.push(`${instance.constructor.name}.${name}`);
      }
    }
  }
  return missing;
}

/** Start-up check: the API does not start while an operation lacks an access declaration. */
@Injectable()
export class AccessDeclarationsCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing = undeclaredOperations(this.discovery, this.scanner, this.reflector);
    if (missing.length > 0) {
      throw new Error(
        `GraphQL operations without an access declaration (@Public or @SignedIn): ${missing.join(', ')}`,
      );
    }
  }
}
