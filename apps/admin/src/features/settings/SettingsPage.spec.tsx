import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { contrastWithWhite } from './contrast';
import { SettingsPage } from './SettingsPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const network = {
  network: {
    id: 'net-liitto',
    name: 'Ensi- ja turvakotien liitto',
    brand: { logoUrl: null, primaryColor: '#0e5a6b', accentColor: null },
    description: { fi: 'Kuvaus', sv: null, en: null },
    contact: { email: null, phone: null, website: null },
    freshnessPolicy: { remindMonths: 6, staleMonths: 12, hideMonths: 18 },
    eventSettings: { eventsRequireReview: true, signupRetentionDays: 30 },
    otherProvidersByMembers: false,
    catalogueExportPublic: false,
  },
};

describe('network settings', () => {
  it('shows the API’s contrast error next to the colour field', async () => {
    const message =
      'primaryColor #8a8a8a has contrast 3.45:1 against white; at least 4.5:1 is needed.';
    const { client, executeMutation } = mockClient(
      (op) => (operationName(op) === 'NetworkSettings' ? fromValue({ data: network }) : never),
      () =>
        fromValue({
          error: new CombinedError({
            graphQLErrors: [
              { message, extensions: { code: 'BAD_USER_INPUT', field: 'primaryColor' } },
            ],
          }),
        }),
    );
    renderWithProviders(<SettingsPage />, client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/settings',
      route: '/n/:networkSlug/settings',
    });
    const primary = await screen.findByRole('textbox', { name: /^Pääväri/ });
    fireEvent.change(primary, { target: { value: '#8a8a8a' } });
    expect(await screen.findByText(/Kontrasti valkoiseen vain 3\.\d\d:1/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna ilme ja perustiedot' }));
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: expect.objectContaining({ primaryColor: '#8a8a8a' }) },
        }),
        expect.anything(),
      );
    });
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Pääväri/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('lets member organisations keep the other providers list, and shows a refusal', async () => {
    let calls = 0;
    const { client, executeMutation } = mockClient(
      (op) => (operationName(op) === 'NetworkSettings' ? fromValue({ data: network }) : never),
      () => {
        calls += 1;
        return calls === 1
          ? fromValue({
              data: {
                updateOtherProviderSettings: { ...network.network, otherProvidersByMembers: true },
              },
            })
          : fromValue({
              error: new CombinedError({
                graphQLErrors: [
                  { message: 'Et voi muuttaa tätä.', extensions: { code: 'FORBIDDEN' } },
                ],
              }),
            });
      },
    );
    renderWithProviders(<SettingsPage />, client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/settings?tab=otherHelp',
      route: '/n/:networkSlug/settings',
    });
    const toggle = await screen.findByRole('switch', { name: /jäsenjärjestöjen ylläpitäjät/ });
    expect(toggle).not.toBeChecked();
    fireEvent.click(toggle);
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { networkId: 'net-liitto', membersMayManage: true },
        }),
        expect.anything(),
      );
    });
    await waitFor(() => {
      expect(toggle).toBeChecked();
    });
    fireEvent.click(toggle);
    expect(await screen.findByText('Et voi muuttaa tätä.')).toHaveAttribute('role', 'alert');
    // The refused change is taken back.
    expect(toggle).toBeChecked();
  });

  it('offers the open data downloads in the chosen language and lets coordinators make them public', async () => {
    let calls = 0;
    const { client, executeMutation } = mockClient(
      (op) => (operationName(op) === 'NetworkSettings' ? fromValue({ data: network }) : never),
      () => {
        calls += 1;
        return calls === 1
          ? fromValue({
              data: {
                updateNetworkSettings: { ...network.network, catalogueExportPublic: true },
              },
            })
          : fromValue({
              error: new CombinedError({
                graphQLErrors: [
                  { message: 'Et voi muuttaa tätä.', extensions: { code: 'FORBIDDEN' } },
                ],
              }),
            });
      },
    );
    renderWithProviders(<SettingsPage />, client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/settings?tab=export',
      route: '/n/:networkSlug/settings',
    });
    const dataPackage = await screen.findByRole('link', { name: /Data Package/ });
    expect(dataPackage).toHaveAttribute(
      'href',
      '/hsds/datapackage.zip?network=ensi-ja-turvakotien-liitto&lang=fi',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'ruotsi' }));
    await waitFor(() => {
      expect(screen.getByRole('link', { name: /NDJSON/ })).toHaveAttribute(
        'href',
        '/hsds/services?format=ndjson&network=ensi-ja-turvakotien-liitto&lang=sv',
      );
    });
    const toggle = screen.getByRole('switch', { name: /Kuka tahansa voi ladata aineiston/ });
    expect(toggle).not.toBeChecked();
    expect(screen.getByText(/Vain verkoston koordinaattorit/)).toBeInTheDocument();
    fireEvent.click(toggle);
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: { networkId: 'net-liitto', catalogueExportPublic: true } },
        }),
        expect.anything(),
      );
    });
    expect(await screen.findByText(/avoimia kaikille/)).toBeInTheDocument();
    fireEvent.click(toggle);
    expect(await screen.findByText('Et voi muuttaa tätä.')).toHaveAttribute('role', 'alert');
    // The refused change is taken back.
    expect(toggle).toBeChecked();
  });

  it('computes WCAG contrast against white', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 0);
    expect(contrastWithWhite('#767676')).toBeGreaterThan(4.5);
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
    expect(contrastWithWhite('red')).toBeNull();
  });
});
