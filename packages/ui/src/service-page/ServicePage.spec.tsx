import { render, screen, within } from '@testing-library/react';
import { type Language } from '../languages';
import {
  AboutSections,
  ContactFirst,
  DeliveryList,
  PathSection,
  ServiceHeader,
  ServicePageProvider,
  type ServiceView,
} from './index';

const service: ServiceView = {
  name: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: null },
  summary: { fi: 'Tukea perheille.', sv: 'Stöd för familjer.' },
  description: { fi: 'Keskusteluapua koko perheelle.', sv: null, en: null },
  organizationName: 'Esimerkkiyhdistys ry',
  accessMode: 'SELF_REFERRAL',
  cost: 'FREE',
  costNote: null,
  ageMin: 0,
  ageMax: 7,
  channels: ['PHONE', 'IN_PERSON'],
  serviceLanguages: ['fi', 'sv'],
  contact: { phone: '09 123 4567', email: 'apu@example.fi', website: null, note: null },
  targetGroups: [{ id: 't1', label: { fi: 'Lapsiperheet', sv: 'Barnfamiljer', en: 'Families' } }],
  path: [
    { position: 2, title: { fi: 'Tapaaminen' }, description: { fi: 'Tavataan.' } },
    { position: 1, title: { fi: 'Soita', fiPlain: 'Soita meille' }, description: { fi: '' } },
  ],
  professionalInfo: null,
  deliveries: [
    {
      id: 'd1',
      acceptingClients: true,
      isRemote: false,
      isNationwide: false,
      isAnonymous: true,
      hasOnlineBooking: false,
      organization: { name: 'Helsingin toimipiste' },
      contact: { name: null, phone: '09 765 4321', email: null, website: null },
      openingHours: {
        open247: false,
        note: null,
        periods: [
          {
            days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
            opens: '09:00',
            closes: '16:00',
          },
        ],
      },
      locations: [
        {
          id: 'l1',
          name: null,
          streetAddress: 'Esimerkkikatu 1',
          postalCode: '00100',
          postOffice: 'Helsinki',
          accessibility: null,
        },
      ],
      municipalities: [{ code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } }],
      wellbeingAreas: [],
      regions: [],
    },
  ],
  deliveryCount: 1,
};

function renderPage(language: Language, plain = false) {
  return render(
    <ServicePageProvider language={language} plain={plain}>
      <article className="linja-service-page" aria-labelledby="service-name">
        <ServiceHeader service={service} />
        <ContactFirst service={service} municipality={null} />
        <AboutSections service={service} />
        <DeliveryList deliveries={service.deliveries} />
        <PathSection service={service} />
      </article>
    </ServicePageProvider>,
  );
}

describe('the shared service page', () => {
  it('shows the name as the page heading and the contact first, in Finnish', () => {
    renderPage('fi');
    const heading = screen.getByRole('heading', { level: 1, name: 'Perheneuvola' });
    expect(heading).toHaveClass('service__name');
    expect(screen.getByText('Järjestäjä: Esimerkkiyhdistys ry')).toBeInTheDocument();
    // The only delivery speaks for the service: its number, address and today's state.
    const call = screen.getByRole('link', { name: /Soita 09 765 4321/ });
    expect(call).toHaveAttribute('href', 'tel:097654321');
    expect(screen.getByText('Esimerkkikatu 1, 00100 Helsinki')).toBeInTheDocument();
    expect(screen.getByText('Ikä 0–7 v.')).toBeInTheDocument();
    expect(screen.getByText('ma–pe')).toBeInTheDocument();
  });

  it('names the service languages in the reader’s language, never as codes', () => {
    renderPage('sv');
    const languages = screen.getByText('Språk').nextElementSibling;
    expect(languages).toHaveTextContent('finska, svenska');
    expect(languages).not.toHaveTextContent(/\bfi\b/);
  });

  it('falls back to Finnish, marked with lang and a note, where a text is not translated', () => {
    renderPage('en');
    // No English name: the Finnish one, in Finnish for a screen reader.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Perheneuvola');
    expect(within(heading).getByText('Perheneuvola')).toHaveAttribute('lang', 'fi');
    expect(
      screen.getByText(
        'This information is not available in the language you chose. It is shown in Finnish.',
      ),
    ).toHaveClass('fallback-note');
    expect(screen.getByText('Keskusteluapua koko perheelle.').closest('div')).toHaveAttribute(
      'lang',
      'fi',
    );
  });

  it('orders the path and uses plain-language Finnish only when asked', () => {
    const { unmount } = renderPage('fi');
    const steps = screen
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('path__step'));
    expect(steps.map((step) => step.querySelector('h3')?.textContent)).toEqual([
      'Vaihe 1: Soita',
      'Vaihe 2: Tapaaminen',
    ]);
    unmount();
    renderPage('fi', true);
    expect(screen.getByRole('heading', { level: 3, name: 'Vaihe 1: Soita meille' })).toBeVisible();
  });
});
