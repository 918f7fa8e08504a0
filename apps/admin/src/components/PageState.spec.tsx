import { screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { never } from 'wonka';
import { mockClient, renderWithProviders } from '../../test/render';
import { ErrorState } from './PageState';

function apiError(code: string, message: string) {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code } }] });
}

describe('ErrorState', () => {
  it.each([
    [
      'FORBIDDEN',
      'You may not do this (reporting.report)',
      'Sinulla ei ole oikeutta tähän sisältöön.',
    ],
    ['NOT_FOUND', 'No organisation 00000000-0000-0000-0000-000000000000', 'Etsimääsi ei löytynyt.'],
  ])('says %s in the reader’s language, without the API’s English words', (code, message, text) => {
    renderWithProviders(
      <ErrorState error={apiError(code, message)} />,
      mockClient(() => never).client,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.queryByText(message)).toBeNull();
  });

  it('shows the API’s words for other errors, with a retry', () => {
    renderWithProviders(
      <ErrorState
        error={apiError('INTERNAL_SERVER_ERROR', 'Database timeout')}
        onRetry={jest.fn()}
      />,
      mockClient(() => never).client,
    );
    expect(screen.getByText('Database timeout')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yritä uudelleen' })).toBeInTheDocument();
  });
});
