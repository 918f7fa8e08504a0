import { helsinkiWeekday, summarizeContact } from './contactSummary';
import { telHref } from './helplines';
import { type CardDelivery, type ServiceCardData } from './queries';

const WEEKDAYS_9_16 = {
  open247: false,
  periods: [
    {
      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      opens: '09:00',
      closes: '16:00',
    },
  ],
};

function service(
  deliveries: CardDelivery[],
  overrides: Partial<NonNullable<ServiceCardData['published']>> = {},
): ServiceCardData {
  return {
    id: 's1',
    responsibleOrganization: { id: 'o1', name: 'Yhdistys' },
    published: {
      name: { fi: 'Palvelu' },
      summary: { fi: 'Kuvaus' },
      cost: 'FREE',
      accessMode: 'SELF_REFERRAL',
      channels: ['PHONE'],
      serviceLanguages: ['fi'],
      ageMin: null,
      ageMax: null,
      contact: { phone: '+358 40 000 0101', website: 'https://example.fi' },
      ...overrides,
    },
    deliveries: { totalCount: deliveries.length, edges: deliveries.map((node) => ({ node })) },
  };
}

const lahti: CardDelivery = {
  contact: { phone: '+358 40 000 0205', website: null },
  openingHours: WEEKDAYS_9_16,
};
const shelter: CardDelivery = {
  contact: { phone: '+358 40 000 0206', website: null },
  openingHours: { open247: true, periods: [] },
};

// Monday 2026-12-07 23:30 UTC is already Tuesday 01:30 in Helsinki.
const MONDAY_NIGHT_UTC = new Date('2026-12-07T23:30:00Z');
const SATURDAY = new Date('2026-12-05T10:00:00Z');
const WEDNESDAY = new Date('2026-12-09T10:00:00Z');

describe('contact at a glance', () => {
  it('takes the weekday in Finland, not on the device', () => {
    expect(helsinkiWeekday(MONDAY_NIGHT_UTC)).toBe('TUESDAY');
    expect(helsinkiWeekday(SATURDAY)).toBe('SATURDAY');
  });

  it('calls the delivery serving the chosen municipality, with its hours today', () => {
    const summary = summarizeContact(service([lahti, shelter]), {
      municipality: '398',
      now: WEDNESDAY,
    });
    expect(summary).toMatchObject({
      phone: '+358 40 000 0205',
      open247: false,
      today: [{ opens: '09:00', closes: '16:00' }],
      free: true,
      noReferral: true,
      website: 'https://example.fi',
      chat: null,
    });
    expect(
      summarizeContact(service([lahti]), { municipality: '398', now: SATURDAY })?.today,
    ).toEqual([]);
  });

  it("without a municipality, many places: the service's own number and no hours", () => {
    const summary = summarizeContact(service([lahti, shelter]), {
      municipality: null,
      now: WEDNESDAY,
    });
    expect(summary).toMatchObject({ phone: '+358 40 000 0101', open247: false, today: null });
    // One place speaks for the service.
    expect(
      summarizeContact(service([shelter]), { municipality: null, now: WEDNESDAY }),
    ).toMatchObject({ phone: '+358 40 000 0206', open247: true });
  });

  it('offers chat when the service is given by chat, and links only http(s) addresses', () => {
    const chat = summarizeContact(
      service([], {
        channels: ['CHAT'],
        accessMode: 'PROFESSIONAL_REFERRAL',
        cost: 'FEE',
        contact: { phone: null, website: 'https://chat.example.fi' },
      }),
      { municipality: null, now: WEDNESDAY },
    );
    expect(chat).toMatchObject({
      phone: null,
      chat: 'https://chat.example.fi',
      website: null,
      free: false,
      noReferral: false,
    });
    const unsafe = summarizeContact(
      service([], { contact: { phone: null, website: 'javascript:alert(1)' } }),
      { municipality: null, now: WEDNESDAY },
    );
    expect(unsafe?.website).toBeNull();
  });

  it('makes tel: links from numbers as people write them', () => {
    expect(telHref('+358 40 000 0205')).toBe('tel:+358400000205');
    expect(telHref('09 2525 0111')).toBe('tel:0925250111');
  });
});
