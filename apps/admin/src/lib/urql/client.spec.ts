import { createRequest } from 'urql';
import { ApiStatusQuery } from '../../features/auth/ApiStatus';
import { createUrqlClient } from './client';

describe('urql client', () => {
  it('POSTs to the same-origin /graphql endpoint with the session cookie (GET is refused as CSRF)', () => {
    const client = createUrqlClient();
    const operation = client.createRequestOperation('query', createRequest(ApiStatusQuery, {}));
    expect(operation.context.url).toBe('/graphql');
    expect(operation.context.fetchOptions).toEqual({ credentials: 'include' });
    expect(operation.context.preferGetMethod).toBe(false);
  });
});
