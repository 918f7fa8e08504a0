import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { normalizeSynonymEntry, SynonymSettings } from './SynonymSettings';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const empty = {
  network: {
    id: 'net-liitto',
    searchSynonyms: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
  },
};

function renderSynonyms() {
  const { client, executeMutation } = mockClient(
    (op) => (operationName(op) === 'SettingsSynonyms' ? fromValue({ data: empty }) : never),
    () =>
      fromValue({
        data: {
          createSearchSynonym: { id: 's1', language: 'en', words: [], updatedAt: '2026-12-04' },
        },
      }),
  );
  renderWithProviders(<SynonymSettings networkId="net-liitto" slug="liitto" />, client, {
    tenant: networkTenant,
    path: '/n/liitto/settings',
    route: '/n/:networkSlug/settings',
  });
  return { executeMutation };
}

/** Types `text` into the dialog's words field and ends it with `end` (a separator). */
function typeEntry(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

describe('search synonyms', () => {
  it('keeps a phrase of up to four words as one entry (spaces no longer split it)', async () => {
    const { executeMutation } = renderSynonyms();
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää synonyymiryhmä' }));
    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByLabelText(/^Sanat/);

    typeEntry(field, 'Väkivalta   kotona');
    typeEntry(field, 'lähisuhdeväkivalta');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: {
            input: {
              networkId: 'net-liitto',
              language: 'fi',
              words: ['väkivalta kotona', 'lähisuhdeväkivalta'],
            },
          },
        }),
        expect.anything(),
      );
    });
  });

  it('refuses a phrase of five words next to the field, sending nothing', async () => {
    const { executeMutation } = renderSynonyms();
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää synonyymiryhmä' }));
    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByLabelText(/^Sanat/);

    typeEntry(field, 'väkivalta kotona ja sen jälkeen');
    typeEntry(field, 'turvakoti');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));

    expect(
      await within(dialog).findByText(
        'Ilmauksessa saa olla enintään neljä sanaa: väkivalta kotona ja sen jälkeen',
      ),
    ).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('normalises an entry: lower case, single spaces', () => {
    expect(normalizeSynonymEntry('  Violence   at\tHOME ')).toBe('violence at home');
  });
});
