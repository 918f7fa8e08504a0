import { screen, within } from '@testing-library/react';
import { App, preloadAllRoutes } from '../../App';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { network, serviceResult } from '../../../test/fixtures';
import { type ServiceData } from '../../lib/queries';

const SURVEY_ID = '33333333-3333-4333-8333-333333333333';

function withSurvey(survey: ServiceData['service']['openFeedbackSurvey']): ServiceData {
  const data = serviceResult(false);
  return { ...data, service: { ...data.service, openFeedbackSurvey: survey } };
}

function renderService(data: ServiceData, language?: 'fi' | 'sv' | 'en') {
  const { client, calls } = mockClient((query) =>
    query.includes('PortalNetwork(')
      ? { network, me: null }
      : query.includes('PortalService(')
        ? data
        : undefined,
  );
  renderWithProviders(<App />, { path: '/perhelinja/services/s1', client, language });
  return { calls };
}

beforeAll(() => preloadAllRoutes());

describe('service page: the feedback link', () => {
  it('links an open survey on the service, asking for it with the service', async () => {
    const { calls } = renderService(
      withSurvey({ id: SURVEY_ID, title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' } }),
      'fi',
    );
    const heading = await screen.findByRole('heading', { level: 2, name: 'Palaute' });
    const section = heading.closest('section');
    if (!section) throw new Error('no section');
    expect(section).toHaveTextContent('Vastaat nimettömänä.');
    expect(
      within(section).getByRole('link', { name: 'Anna palautetta palvelusta' }),
    ).toHaveAttribute('href', `/perhelinja/feedback/${SURVEY_ID}`);
    expect(calls.find((call) => call.query.includes('PortalService('))?.query).toContain(
      'openFeedbackSurvey',
    );
  });

  it('speaks the reader’s language and keeps it in the link', async () => {
    renderService(withSurvey({ id: SURVEY_ID, title: { fi: 'Palaute', sv: 'Respons' } }), 'sv');
    const link = await screen.findByRole('link', { name: 'Ge respons om tjänsten' });
    expect(link.getAttribute('href')).toMatch(new RegExp(`/perhelinja/feedback/${SURVEY_ID}`));
    expect(link.getAttribute('href')).toContain('sv');
  });

  it('shows nothing without an open survey', async () => {
    renderService(withSurvey(null), 'fi');
    await screen.findByRole('heading', { name: 'Näin saat apua' });
    expect(screen.queryByRole('link', { name: 'Anna palautetta palvelusta' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'Palaute' })).toBeNull();
  });
});
