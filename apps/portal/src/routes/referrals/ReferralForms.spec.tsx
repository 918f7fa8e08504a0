import { fireEvent, screen } from '@testing-library/react';
import { CombinedError, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ReferralForms } from './ReferralForms';

const SERVICE = {
  id: 's1',
  network: { id: 'n1' },
  referralSettings: { acceptsReferrals: false, acceptsContactRequests: true },
};

/** A client whose contact request answers `answer` (and counts how many were sent). */
function client(answer: () => { data?: unknown; error?: CombinedError }) {
  const sent: unknown[] = [];
  const value = {
    executeQuery: jest.fn((operation: unknown) =>
      fromValue({ operation, data: { me: null, service: SERVICE } }),
    ),
    executeMutation: jest.fn((operation: { variables: unknown }) => {
      sent.push(operation.variables);
      return fromValue({ operation, ...answer() });
    }),
    executeSubscription: jest.fn(() => never),
  } as unknown as Client;
  return { client: value, sent };
}

function badInput(field: string, message: string) {
  return new CombinedError({
    graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }],
  });
}

describe('ask to be contacted', () => {
  it('asks for a phone number or an email before sending anything', async () => {
    const { client: c, sent } = client(() => ({ data: { createContactRequest: { id: 'r1' } } }));
    renderWithProviders(<ReferralForms serviceId="s1" municipality={null} />, { client: c });
    fireEvent.click(await screen.findByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Anna puhelinnumero tai sähköpostiosoite',
    );
    expect(screen.getByLabelText(/^Puhelinnumero/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toHaveLength(0);
  });

  it.each([
    ['input.phone', 'not a phone number', 'Tarkista puhelinnumero.', /^Puhelinnumero/],
    ['input.email', 'not an email address', 'Tarkista sähköpostiosoite.', /^Sähköposti/],
  ])('names the field the API refused (%s)', async (field, message, text, label) => {
    const { client: c } = client(() => ({ error: badInput(field, message) }));
    renderWithProviders(<ReferralForms serviceId="s1" municipality={null} />, { client: c });
    fireEvent.change(await screen.findByLabelText(/^Puhelinnumero/), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
  });
});
