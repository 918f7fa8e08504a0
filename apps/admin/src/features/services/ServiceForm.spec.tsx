import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue, never } from 'wonka';
import {
  type Answer,
  mockClient,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { content, editorService } from '../../../test/service-fixtures';
import { ServiceForm } from './ServiceForm';

function updated(version: number) {
  return fromValue({
    data: {
      updateService: {
        __typename: 'Service',
        id: 'svc-1',
        status: 'DRAFT',
        version,
        updatedAt: '2026-11-30T08:01:00.000Z',
        workingRevision: null,
      },
    },
  });
}

function renderForm(service = editorService(), answerMutation: Answer = () => updated(4)) {
  const { client, executeMutation } = mockClient(() => never, answerMutation);
  renderWithProviders(
    <ServiceForm
      service={service}
      themes={[]}
      targetGroups={[]}
      basePath="/o/org-lahti"
      onReload={() => undefined}
    />,
    client,
  );
  return { executeMutation };
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });

// The whole form renders in jsdom: slow on a busy machine.
jest.setTimeout(30_000);

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('the service form', () => {
  it('is organised in the six sections, in order', () => {
    renderForm();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Perustiedot',
      'Kenelle',
      'Miten palvelun saa',
      'Missä ja milloin',
      'Ammattilaisille',
      'Palvelupolku',
    ]);
    expect(screen.getByRole('link', { name: 'Hallitse toteutuksia' })).toHaveAttribute(
      'href',
      '/o/org-lahti/services/svc-1/deliveries',
    );
  });

  it('shows in each language tab how many translations are missing', () => {
    renderForm(
      editorService({
        working: content({
          name: { fi: 'Perhetyö', sv: 'Familjearbete' },
          summary: { fi: 'Tukea perheille' },
        }),
      }),
    );

    expect(tab(/Suomi/)).toHaveTextContent('lähdekieli');
    expect(tab(/Ruotsi/)).toHaveTextContent('1 puuttuu');
    expect(tab(/Englanti/)).toHaveTextContent('2 puuttuu');
    expect(tab(/Selkosuomi/)).toHaveTextContent('2 puuttuu');

    fireEvent.click(tab(/Ruotsi/));
    expect(screen.getByLabelText('Nimi')).toHaveValue('Familjearbete');
    expect(screen.getByLabelText('Nimi')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Suomeksi: Tukea perheille')).toBeInTheDocument();
    expect(screen.getByText('Käännös puuttuu.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), {
      target: { value: 'Stöd för familjer' },
    });
    expect(tab(/Ruotsi/)).toHaveTextContent('valmis');
  });

  it('marks translations older than the Finnish text (changed since publication)', () => {
    renderForm(
      editorService({
        status: 'PUBLISHED',
        published: content({ name: { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' } }),
        working: content({
          name: { fi: 'Perhetyö ja neuvonta', sv: 'Familjearbete', en: 'Family work and advice' },
        }),
      }),
    );

    expect(tab(/Ruotsi/)).toHaveTextContent('1 vanhentunut');
    expect(tab(/Englanti/)).toHaveTextContent('valmis');

    fireEvent.click(tab(/Ruotsi/));
    expect(
      screen.getByText('Suomenkielinen teksti on muuttunut julkaistusta: päivitä käännös.'),
    ).toBeInTheDocument();
  });

  it('validates next to the field with the domain rules, and does not save an invalid draft', async () => {
    jest.useFakeTimers();
    const { executeMutation } = renderForm();

    fireEvent.change(screen.getByLabelText(/^Nimi/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Sähköposti'), { target: { value: 'not-an-email' } });
    fireEvent.change(screen.getByLabelText('Alaikäraja (vuotta)'), { target: { value: '18' } });
    fireEvent.change(screen.getByLabelText('Yläikäraja (vuotta)'), { target: { value: '12' } });

    expect(screen.getByText('Pakollinen tieto suomeksi.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nimi/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Tarkista sähköpostiosoite.')).toBeInTheDocument();
    expect(screen.getByText('Alaikäraja on suurempi kuin yläikäraja.')).toBeInTheDocument();

    await act(async () => {
      await jest.advanceTimersByTimeAsync(2000);
    });
    expect(screen.getByTestId('save-state')).toHaveTextContent(
      'Korjaa merkityt kentät, niin luonnos tallentuu.',
    );
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('autosaves the draft a moment after typing, with the expected version', async () => {
    jest.useFakeTimers();
    const { executeMutation } = renderForm();

    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), {
      target: { value: 'Tukea vauvaperheille' },
    });
    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), {
      target: { value: 'Tukea vauvaperheille arkeen' },
    });
    expect(screen.getByTestId('save-state')).toHaveTextContent('Tallentamattomia muutoksia');
    expect(executeMutation).not.toHaveBeenCalled();

    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });

    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = operationsOf(executeMutation);
    expect(operation?.name).toBe('UpdateService');
    expect(operation?.variables.input).toMatchObject({
      id: 'svc-1',
      expectedVersion: 3,
      content: { name: { fi: 'Perhetyö' }, summary: { fi: 'Tukea vauvaperheille arkeen' } },
    });
    expect(screen.getByTestId('save-state')).toHaveTextContent('Tallennettu');

    // The next save sends the version the API returned.
    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), { target: { value: 'Tukea' } });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });
    expect(executeMutation).toHaveBeenCalledTimes(2);
    expect(operationsOf(executeMutation)[1]?.variables.input.expectedVersion).toBe(4);
  });

  it('puts the API’s BAD_USER_INPUT next to its field', async () => {
    jest.useFakeTimers();
    renderForm(editorService(), () =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'not a URL',
              extensions: { code: 'BAD_USER_INPUT', field: 'content.contact.phone' },
            },
          ],
        }),
      }),
    );

    fireEvent.change(screen.getByLabelText('Puhelin'), { target: { value: '040 123 4567' } });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });

    const phone = screen.getByLabelText('Puhelin');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Palvelin ei hyväksynyt arvoa: not a URL', { selector: 'p, div' }),
    ).toBeInTheDocument();
  });

  it('stops and says so when someone else changed the service (version conflict)', async () => {
    jest.useFakeTimers();
    renderForm(editorService(), () =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [{ message: 'The service has changed', extensions: { code: 'CONFLICT' } }],
        }),
      }),
    );

    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), { target: { value: 'Uusi' } });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Joku muu muutti palvelua samaan aikaan.');
    expect(within(alert).getByRole('button', { name: 'Lataa uusin versio' })).toBeInTheDocument();
  });

  it('saves, then submits for review with the saved version', async () => {
    const { executeMutation } = renderForm(editorService(), (operation) =>
      operationName(operation) === 'SubmitService'
        ? fromValue({
            data: {
              submitServiceForReview: {
                __typename: 'Service',
                id: 'svc-1',
                status: 'DRAFT',
                version: 5,
                updatedAt: '2026-11-30T08:02:00.000Z',
                workingRevision: null,
              },
            },
          })
        : updated(4),
    );

    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), { target: { value: 'Tukea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä tarkistettavaksi' }));

    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledTimes(2);
    });
    const names = executeMutation.mock.calls.map(([operation]) =>
      operationName(operation as never),
    );
    expect(names).toEqual(['UpdateService', 'SubmitService']);
    const [submit] = executeMutation.mock.calls[1] as [{ variables: unknown }];
    expect(submit.variables).toEqual({ input: { id: 'svc-1', expectedVersion: 4 } });
  });

  it('is read-only while the coordinator reviews it, and shows a returned revision’s reason', () => {
    renderForm(editorService({ state: 'SUBMITTED' }));
    expect(screen.getByLabelText(/^Nimi/)).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: 'Lähetä tarkistettavaksi' }),
    ).not.toBeInTheDocument();
  });

  it('shows the coordinator’s reason when the service was returned', () => {
    renderForm(editorService({ state: 'RETURNED', returnReason: 'Lisää ruotsinkielinen kuvaus.' }));
    expect(screen.getByText('Lisää ruotsinkielinen kuvaus.')).toBeInTheDocument();
    expect(screen.getByText('Koordinaattori palautti palvelun korjattavaksi')).toBeInTheDocument();
  });
});
