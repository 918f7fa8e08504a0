import { Kind, type OperationDefinitionNode, parse } from 'graphql';

import { ANONYMOUS, type Actor } from '../../auth/actor';
import { isCacheableSearch } from './cacheable-operation';

const PROFESSIONAL: Actor = {
  kind: 'user',
  id: 'u1',
  label: 'Ammattilainen',
  grants: [{ role: 'PROFESSIONAL', networkId: 'n1' }],
};

function operation(source: string): OperationDefinitionNode {
  const definition = parse(source).definitions[0];
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  return definition;
}

describe('isCacheableSearch', () => {
  it('accepts an anonymous query of searchServices (with __typename or several aliases)', () => {
    expect(isCacheableSearch(operation('{ searchServices { totalCount } }'), ANONYMOUS)).toBe(true);
    expect(
      isCacheableSearch(
        operation(
          'query Q { __typename a: searchServices { totalCount } b: searchServices { totalCount } }',
        ),
        ANONYMOUS,
      ),
    ).toBe(true);
  });

  it('refuses a signed-in person, whose response may hold more than the public one', () => {
    expect(isCacheableSearch(operation('{ searchServices { totalCount } }'), PROFESSIONAL)).toBe(
      false,
    );
    expect(isCacheableSearch(operation('{ searchServices { totalCount } }'), undefined)).toBe(
      false,
    );
  });

  it('refuses other root fields, root fragments, mutations and a missing operation', () => {
    expect(
      isCacheableSearch(operation('{ searchServices { totalCount } me { id } }'), ANONYMOUS),
    ).toBe(false);
    expect(
      isCacheableSearch(operation('{ ... on Query { searchServices { totalCount } } }'), ANONYMOUS),
    ).toBe(false);
    expect(isCacheableSearch(operation('mutation { signOut }'), ANONYMOUS)).toBe(false);
    expect(isCacheableSearch(undefined, ANONYMOUS)).toBe(false);
  });
});
