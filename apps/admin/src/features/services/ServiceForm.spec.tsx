import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue, never } from 'wonka';
import {
  type Answer,
  mockClient,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { completeContent, content, editorService } from '../../../test/service-fixtures';
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

// The whole form renders in jsdom: seconds per test, and far more on a busy machine. This is only
// the ceiling for a failure (each test waits for what it checks), so it is generous.
jest.setTimeout(180_000);

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('the service form', () => {
  it('is organised in the six sections, in order, after the completeness checklist', () => {
    renderForm();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Julkaisun edellytykset',
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
      screen.getByText(
        'Suomenkielinen teksti on muuttunut tämän käännöksen jälkeen: päivitä käännös.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps a translation hidden as out of date at publication marked until its own text changes', () => {
    const published = content({
      name: { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' },
      summary: { fi: 'Lapsille 0–7 v.', sv: 'För barn 0–6 år.', en: 'For children aged 0–6.' },
    });
    renderForm(
      editorService({
        status: 'PUBLISHED',
        published,
        hidden: ['summary.sv', 'summary.en'],
        working: null,
      }),
    );

    // The editor starts from the stored text (the public does not see it), marked out of date.
    expect(tab(/Ruotsi/)).toHaveTextContent('1 vanhentunut');
    expect(tab(/Englanti/)).toHaveTextContent('1 vanhentunut');
    fireEvent.click(tab(/Ruotsi/));
    expect(screen.getByLabelText('Lyhyt kuvaus')).toHaveValue('För barn 0–6 år.');

    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), {
      target: { value: 'För barn 0–7 år.' },
    });
    expect(tab(/Ruotsi/)).toHaveTextContent('valmis');
    expect(tab(/Englanti/)).toHaveTextContent('1 vanhentunut');
  });

  it('validates next to the field, and keeps saving everything valid around an invalid field', async () => {
    jest.useFakeTimers();
    const { executeMutation } = renderForm();

    fireEvent.change(screen.getByLabelText(/^Nimi/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Sähköposti'), { target: { value: 'not-an-email' } });
    fireEvent.change(screen.getByLabelText('Alaikäraja (vuotta)'), { target: { value: '18' } });
    fireEvent.change(screen.getByLabelText('Yläikäraja (vuotta)'), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), { target: { value: 'Tukea arkeen' } });

    expect(screen.getByText('Pakollinen tieto suomeksi.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nimi/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Tarkista sähköpostiosoite.')).toBeInTheDocument();
    expect(screen.getByText('Alaikäraja on suurempi kuin yläikäraja.')).toBeInTheDocument();
    expect(
      screen.getAllByText('Ei tallennettu: viimeksi tallennettu arvo säilyy.').length,
    ).toBeGreaterThanOrEqual(3);

    await act(async () => {
      await jest.advanceTimersByTimeAsync(2000);
    });
    // The valid summary is saved; the name keeps its saved value, the bad email and ages are left out.
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const content = operationsOf(executeMutation)[0]?.variables.input.content;
    expect(content).toMatchObject({
      name: { fi: 'Perhetyö' },
      summary: { fi: 'Tukea arkeen' },
      ageMin: null,
      ageMax: null,
    });
    expect(content.contact.email).toBeUndefined();
    expect(screen.getByTestId('save-state')).toHaveTextContent(
      '3 kenttää ei tallentunut, koska niissä on virhe',
    );
    const links = within(screen.getByTestId('held-fields'))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Nimi', 'Sähköposti', 'Alaikäraja (vuotta)']);

    // Fixing the email saves it, the other two are still listed.
    fireEvent.change(screen.getByLabelText('Sähköposti'), { target: { value: 'info@example.fi' } });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });
    expect(executeMutation).toHaveBeenCalledTimes(2);
    expect(operationsOf(executeMutation)[1]?.variables.input.content.contact.email).toBe(
      'info@example.fi',
    );
    expect(screen.getByTestId('save-state')).toHaveTextContent('2 kenttää ei tallentunut');
  });

  it('warns before the page is left while something is unsaved, and a reload shows the saved draft', async () => {
    jest.useFakeTimers();
    const { executeMutation } = renderForm();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);

    fireEvent.change(screen.getByLabelText('Lyhyt kuvaus'), { target: { value: 'Tukea' } });
    fireEvent.change(screen.getByLabelText('Sähköposti'), { target: { value: 'rikki' } });
    expect(leave()).toBe(true);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });
    // The summary is on the server, the broken email is not: leaving still loses something.
    expect(leave()).toBe(true);
    fireEvent.change(screen.getByLabelText('Sähköposti'), { target: { value: '' } });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1500);
    });
    expect(leave()).toBe(false);

    // A reload shows what the server stored (the content autosave sent).
    const saved = operationsOf(executeMutation).at(-1)?.variables.input.content;
    cleanup();
    renderForm(
      editorService({ version: 4, working: content({ name: saved.name, summary: saved.summary }) }),
    );
    expect(screen.getByLabelText('Lyhyt kuvaus')).toHaveValue('Tukea');
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
    const service = editorService({ working: completeContent(), deliveries: ['PLANNING'] });
    const { executeMutation } = renderForm(service, (operation) =>
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

  it('refuses to submit a bare service: the checklist and the list of problems say why', async () => {
    const { executeMutation } = renderForm(
      editorService({ working: content({ summary: { fi: 'Tukea' } }), deliveries: ['ENDED'] }),
    );
    const checklist = screen.getByTestId('completeness');
    expect(
      within(checklist)
        .getAllByRole('listitem')
        .map((item) => item.dataset.ok),
    ).toEqual(['true', 'false', 'false', 'false', 'false']);

    fireEvent.click(screen.getByRole('button', { name: 'Lähetä tarkistettavaksi' }));

    const problems = await screen.findByTestId('submit-problems');
    expect(problems).toHaveTextContent('Palvelua ei voi vielä lähettää tarkistettavaksi');
    expect(
      within(problems)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Kenelle: vähintään yksi kohderyhmä tai ikäraja',
      'Miten palvelun saa: vähintään yksi asiointitapa tai palvelupolun vaihe',
      'Yhteystieto: puhelin, sähköposti tai verkkosivu',
      'Missä: vähintään yksi toiminnassa oleva tai suunniteltu toteutus (tai valtakunnallinen / etänä)',
    ]);
    expect(executeMutation).not.toHaveBeenCalled();

    // Each problem is a link to its field.
    fireEvent.click(within(problems).getByRole('link', { name: /^Yhteystieto/ }));
    await waitFor(() => {
      expect(screen.getByLabelText('Puhelin')).toHaveFocus();
    });

    // Filling in the checklist ticks it off while the editor writes.
    fireEvent.change(screen.getByLabelText('Puhelin'), { target: { value: '040 123 4567' } });
    expect(within(checklist).getAllByRole('listitem')[3]).toHaveAttribute('data-ok', 'true');
  });

  it('links a problem in a translation to its field in that language tab', async () => {
    renderForm(editorService({ working: completeContent(), deliveries: ['ACTIVE'] }));
    fireEvent.click(tab(/Ruotsi/));
    fireEvent.change(screen.getByLabelText('Nimi'), { target: { value: 'x'.repeat(121) } });
    fireEvent.click(tab(/Suomi/));

    fireEvent.click(screen.getByRole('button', { name: 'Lähetä tarkistettavaksi' }));
    const problems = await screen.findByTestId('submit-problems');
    const link = within(problems).getByRole('link', { name: 'Nimi, ruotsi' });
    expect(problems).toHaveTextContent('Nimi, ruotsi: virheellinen arvo');

    fireEvent.click(link);
    await waitFor(() => {
      expect(screen.getByLabelText('Nimi')).toHaveFocus();
    });
    expect(screen.getByLabelText('Nimi')).toHaveAttribute('lang', 'sv');
    expect(tab(/Ruotsi/)).toHaveAttribute('aria-selected', 'true');
  });

  it('lists what the API says is missing when it refuses the submit', async () => {
    renderForm(
      editorService({ working: completeContent(), deliveries: ['ACTIVE'] }),
      (operation) =>
        operationName(operation) === 'SubmitService'
          ? fromValue({
              error: new CombinedError({
                graphQLErrors: [
                  {
                    message: 'missing: deliveries',
                    extensions: {
                      code: 'BAD_USER_INPUT',
                      field: 'deliveries',
                      missing: ['deliveries'],
                    },
                  },
                ],
              }),
            })
          : updated(4),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä tarkistettavaksi' }));
    const problems = await screen.findByTestId('submit-problems');
    expect(within(problems).getByRole('link')).toHaveTextContent(/^Missä: vähintään yksi/);
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
