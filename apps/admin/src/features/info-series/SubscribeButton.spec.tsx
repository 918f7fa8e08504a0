import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { mockClient, networkTenant, operationsOf, renderWithProviders } from '../../../test/render';
import { SubscribeButton } from './SubscribeButton';

jest.setTimeout(180_000);

const SERIES = '33333333-3333-4333-8333-333333333333';

describe('following an info series', () => {
  it.each([
    [false, 'Seuraa sarjaa', 'SubscribeToInfoSeries'],
    [true, 'Lopeta seuraaminen', 'UnsubscribeFromInfoSeries'],
  ])('subscribed=%s: "%s" runs %s for the series', async (isSubscribed, label, operation) => {
    const mock = mockClient(
      () => never,
      () => fromValue({ data: {} }),
    );
    renderWithProviders(<SubscribeButton series={{ id: SERIES, isSubscribed }} />, mock.client, {
      tenant: networkTenant,
    });
    const button = await screen.findByRole('button', { name: label });
    expect(button).toHaveAttribute('aria-pressed', String(isSubscribed));
    fireEvent.click(button);
    await waitFor(() => {
      expect(operationsOf(mock.executeMutation)).toEqual([
        { name: operation, variables: { seriesId: SERIES } },
      ]);
    });
  });
});
