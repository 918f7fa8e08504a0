import { screen } from '@testing-library/react';
import { never } from 'wonka';
import { mockClient, renderWithProviders } from '../../test/render';
import { ForbiddenPage } from './NotFoundPage';

describe('a workspace without a role in it', () => {
  it('says so, and not that the account has no workspace at all', () => {
    renderWithProviders(<ForbiddenPage />, mockClient(() => never).client);
    expect(
      screen.getByRole('heading', { name: 'Sinulla ei ole oikeutta tähän sisältöön.' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ei ole roolia tässä työtilassa/)).toBeInTheDocument();
    expect(screen.queryByText(/ei ole vielä verkoston tai järjestön työtilaa/)).toBeNull();
  });
});
