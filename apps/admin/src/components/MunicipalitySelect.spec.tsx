import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { fromValue } from 'wonka';
import { mockClient, operationName, operationsOf, renderWithProviders } from '../../test/render';
import { MunicipalitySelect } from './MunicipalitySelect';

jest.setTimeout(180_000);

const LAHTI = { code: '398', name: { fi: 'Lahti', sv: 'Lahtis', en: null } };
const KONTIOLAHTI = { code: '276', name: { fi: 'Kontiolahti', sv: null, en: null } };

function Harness({ initial, onChange }: { initial: string; onChange: (code: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <MunicipalitySelect
      label="Kunta"
      value={value}
      onChange={(code) => {
        setValue(code);
        onChange(code);
      }}
    />
  );
}

function client() {
  return mockClient((op) => {
    const name = operationName(op);
    const variables = (op as unknown as { variables: { search?: string; code?: string } })
      .variables;
    if (name === 'MunicipalityOptions') {
      const all = [KONTIOLAHTI, LAHTI].filter(
        (m) =>
          !variables.search || m.name.fi.toLowerCase().includes(variables.search.toLowerCase()),
      );
      return fromValue({
        data: { municipalities: { edges: all.map((node) => ({ node })) } },
      });
    }
    if (name === 'ChosenMunicipality') {
      const known = { '398': LAHTI, '276': KONTIOLAHTI }[variables.code ?? ''] ?? null;
      return fromValue({ data: { municipality: known } });
    }
    throw new Error(`unexpected ${name}`);
  });
}

describe('MunicipalitySelect', () => {
  it('finds a municipality by part of its name (the API filters) and gives its code', async () => {
    const mock = client();
    const changed = jest.fn();
    renderWithProviders(<Harness initial="" onChange={changed} />, mock.client);
    const input = screen.getByRole('combobox', { name: 'Kunta' });
    // Typed by the user (focused): Mantine treats a change to an unfocused input as autofill.
    input.focus();
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'lah' } });
    await waitFor(() => {
      expect(
        operationsOf(mock.executeQuery).some(
          (op) => op.name === 'MunicipalityOptions' && op.variables.search === 'lah',
        ),
      ).toBe(true);
    });
    fireEvent.click(await screen.findByRole('option', { name: 'Lahti', hidden: true }));
    expect(changed).toHaveBeenLastCalledWith('398');
  });

  it('shows the chosen code by its name, in Swedish where there is one', async () => {
    renderWithProviders(<Harness initial="398" onChange={jest.fn()} />, client().client, {
      language: 'sv',
    });
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Kunta' })).toHaveValue('Lahtis');
    });
  });

  it('shows a stored code the register no longer has as unknown, to be chosen again', async () => {
    renderWithProviders(<Harness initial="099" onChange={jest.fn()} />, client().client, {
      language: 'fi',
    });
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Kunta' })).toHaveValue(
        'Tuntematon kunta (099) – valitse kunta uudelleen',
      );
    });
  });
});
