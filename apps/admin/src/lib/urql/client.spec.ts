import { createRequest } from 'urql';
import { API_STATUS_QUERY } from '../../features/api-status/ApiStatus';
import { client } from './client';

describe('urql client', () => {
  it('POSTs queries to the same-origin /graphql endpoint (GET would be refused as CSRF)', () => {
    const operation = client.createRequestOperation('query', createRequest(API_STATUS_QUERY, {}));
    expect(operation.context.url).toBe('/graphql');
    expect(operation.context.fetchOptions).toEqual({ credentials: 'same-origin' });
    expect(operation.context.preferGetMethod).toBe(false);
  });
});
