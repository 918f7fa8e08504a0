import { createRequest } from 'urql';
import { API_STATUS_QUERY } from '../../features/api-status/ApiStatus';
import { client } from './client';

describe('urql client', () => {
  it('sends queries to the same-origin /graphql endpoint', () => {
    const operation = client.createRequestOperation('query', createRequest(API_STATUS_QUERY, {}));
    expect(operation.context.url).toBe('/graphql');
    expect(operation.context.fetchOptions).toEqual({ credentials: 'same-origin' });
  });
});
