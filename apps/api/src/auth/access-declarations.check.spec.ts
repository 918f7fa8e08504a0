import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessDeclarationsCheck, undeclaredOperations } from './access-declarations.check';
import { Public, SignedIn } from './access.decorators';

@Resolver()
class DeclaredResolver {
  @Public()
  @Query(() => String)
  hello(): string {
    return 'hi';
  }

  @SignedIn('service.update')
  @Mutation(() => String)
  change(): string {
    return 'ok';
  }

  @ResolveField(() => String)
  field(): string {
    return 'field resolvers are checked where they expose restricted data';
  }
}

@Resolver()
class ForgetfulResolver {
  @Mutation(() => String)
  deleteEverything(): string {
    return 'oops';
  }
}

function discoveryOf(...instances: object[]): DiscoveryService {
  return {
    getProviders: () => instances.map((instance) => ({ instance })),
  } as unknown as DiscoveryService;
}

describe('access declarations', () => {
  it('finds no gap when every query and mutation declares its access', () => {
    expect(
      undeclaredOperations(
        discoveryOf(new DeclaredResolver()),
        new MetadataScanner(),
        new Reflector(),
      ),
    ).toEqual([]);
  });

  it('names an operation without a declaration and stops start-up', () => {
    const discovery = discoveryOf(new DeclaredResolver(), new ForgetfulResolver());
    const check = new AccessDeclarationsCheck(discovery, new MetadataScanner(), new Reflector());

    expect(undeclaredOperations(discovery, new MetadataScanner(), new Reflector())).toEqual([
      'ForgetfulResolver.deleteEverything',
    ]);
    expect(() => {
      check.onApplicationBootstrap();
    }).toThrow(/ForgetfulResolver\.deleteEverything/);
  });
});
