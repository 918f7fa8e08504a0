import { fireEvent, screen, within } from '@testing-library/react';
import { fromValue } from 'wonka';
import { content, text } from '../../../test/service-fixtures';
import { mockClient, organizationTenant, renderWithProviders } from '../../../test/render';
import { ServicePreviewPage } from './ServicePreviewPage';
import { type ServicePreviewData } from './servicePreview';

function previewService(): ServicePreviewData {
  const working = {
    ...content({
      name: { fi: 'Perhetyö', sv: 'Familjearbete' },
      summary: { fi: 'Tukea perheille', sv: 'Stöd för familjer' },
      description: { fi: 'Keskusteluapua koko perheelle.' },
      channels: ['PHONE'],
    }),
    serviceLanguages: ['fi', 'sv'],
    contact: { phone: '03 123 4567', email: null, website: null, note: text() },
    targetGroups: [{ id: 'tg-1', label: text({ fi: 'Lapsiperheet', sv: 'Barnfamiljer' }) }],
  };
  return {
    id: 'svc-1',
    network: {
      id: 'net-liitto',
      slug: 'ensi-ja-turvakotien-liitto',
      name: 'Ensi- ja turvakotien liitto',
      brand: { primaryColor: '#6b1d5c', accentColor: null },
    },
    responsibleOrganization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
    published: null,
    workingRevision: { id: 'rev-1', content: working },
    deliveries: { totalCount: 0, edges: [] },
  };
}

function renderPreview() {
  const { client } = mockClient(() => fromValue({ data: { service: previewService() } }));
  return renderWithProviders(<ServicePreviewPage />, client, {
    path: '/o/org-lahti/services/svc-1/preview',
    route: '/o/:organizationId/services/:serviceId/preview',
    tenant: organizationTenant,
  });
}

describe('the service preview', () => {
  it('renders the working copy with the portal’s service page, marked as not public', async () => {
    renderPreview();
    const frame = await screen.findByRole('region', { name: 'Palvelusivun esikatselu' });
    // The name is the portal's page heading (h1.service__name), not a small bold text.
    const name = within(frame).getByRole('heading', { level: 1, name: 'Perhetyö' });
    expect(name).toHaveClass('service__name');
    expect(frame.querySelector('.linja-service-page')).toContainElement(name);
    // The network's colour, as the portal uses it.
    expect(frame.style.getPropertyValue('--linja-color-primary')).toBe('#6b1d5c');
    // The banner is outside the page itself.
    const banner = screen.getByText('Esikatselu – ei julkinen');
    expect(frame).not.toContainElement(banner);
    // Languages as names, never codes.
    const languages = within(frame).getByText('Kielet').nextElementSibling;
    expect(languages).toHaveTextContent('suomi, ruotsi');
    expect(within(frame).getByRole('link', { name: /Soita 03 123 4567/ })).toBeVisible();
    expect(within(frame).getByText('Palvelulla ei ole vielä toteutuksia.')).toBeVisible();
  });

  it('switches the preview language; untranslated texts show in Finnish, marked as in the portal', async () => {
    renderPreview();
    const frame = await screen.findByRole('region', { name: 'Palvelusivun esikatselu' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(frame).toHaveAttribute('lang', 'en');
    const name = within(frame).getByRole('heading', { level: 1 });
    expect(within(name).getByText('Perhetyö')).toHaveAttribute('lang', 'fi');
    expect(
      within(frame).getByText(
        'This information is not available in the language you chose. It is shown in Finnish.',
      ),
    ).toHaveClass('fallback-note');
    expect(within(frame).getByText('Languages').nextElementSibling).toHaveTextContent(
      'Finnish, Swedish',
    );
    expect(within(frame).getByText('The service has no deliveries yet.')).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(within(frame).getByRole('heading', { level: 1, name: 'Familjearbete' })).toBeVisible();
    expect(within(frame).getByText('Barnfamiljer')).not.toHaveAttribute('lang');
  });
});
