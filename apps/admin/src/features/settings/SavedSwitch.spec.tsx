import { fireEvent, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { never } from 'wonka';
import { mockClient, renderWithProviders } from '../../../test/render';
import { SavedSwitch } from './SavedSwitch';

function renderSwitch(save: jest.Mock) {
  renderWithProviders(
    <SavedSwitch
      label="Julkinen"
      description={(checked) => (checked ? 'Kaikki voivat ladata' : 'Vain koordinaattorit')}
      initial={false}
      save={save}
    />,
    mockClient(() => never).client,
  );
  return screen.getByRole('switch', { name: /^Julkinen/ });
}

describe('SavedSwitch', () => {
  it('saves the new value and keeps it switched', async () => {
    const save = jest.fn().mockResolvedValue({});
    const control = renderSwitch(save);
    fireEvent.click(control);
    expect(await screen.findByRole('alert')).toHaveTextContent('Tallennettu.');
    expect(save).toHaveBeenCalledWith(true);
    expect(control).toBeChecked();
    expect(control).not.toBeDisabled();
    expect(screen.getByText('Kaikki voivat ladata')).toBeInTheDocument();
  });

  it('switches back and tells why when the save fails', async () => {
    const save = jest.fn().mockResolvedValue({
      error: new CombinedError({
        graphQLErrors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    const control = renderSwitch(save);
    fireEvent.click(control);
    expect(await screen.findByRole('alert')).toHaveTextContent(/.+/);
    expect(control).not.toBeChecked();
    expect(screen.getByText('Vain koordinaattorit')).toBeInTheDocument();
  });
});
