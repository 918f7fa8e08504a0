import { DomainError } from '../../common/errors/domain-error';
import { type DeliveryFieldsInput } from './delivery.inputs';
import { DELIVERY_DEFAULTS, toValidDelivery } from './delivery.schema';

const LAHTI_OFFICE = {
  streetAddress: 'Aleksanterinkatu 1',
  postalCode: '15110',
  postOffice: 'Lahti',
  municipalityCode: '398',
  latitude: 60.98,
  longitude: 25.66,
};

function fieldOf(input: DeliveryFieldsInput): unknown {
  try {
    toValidDelivery(input);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') return error.details.field;
    throw error;
  }
  return undefined;
}

describe('toValidDelivery', () => {
  it('fills the defaults on create', () => {
    expect(toValidDelivery({ isNationwide: true })).toEqual({
      ...DELIVERY_DEFAULTS,
      isNationwide: true,
    });
  });

  it('keeps the old values of omitted fields on update, and null clears nullable ones', () => {
    const base = toValidDelivery({
      areas: { wellbeingAreaCodes: ['09'] },
      capacityPlaces: 10,
      startsOn: '2026-01-01',
    });

    const updated = toValidDelivery({ acceptingClients: false, capacityPlaces: null }, base);

    expect(updated).toEqual({ ...base, acceptingClients: false, capacityPlaces: null });
  });

  it('trims texts and drops blank optional ones', () => {
    const details = toValidDelivery({
      isRemote: true,
      contact: { name: '  Neuvonta ', email: '', phone: null },
      locations: [{ ...LAHTI_OFFICE, name: ' ' }],
    });

    expect(details.contact).toEqual({ name: 'Neuvonta' });
    expect(details.locations[0]?.name).toBeUndefined();
  });

  it.each<[string, DeliveryFieldsInput]>([
    ['areas', {}],
    ['areas', { areas: { municipalityCodes: [] } }],
    ['areas.municipalityCodes.1', { areas: { municipalityCodes: ['398', '39'] } }],
    ['areas.wellbeingAreaCodes.1', { areas: { wellbeingAreaCodes: ['09', '09'] } }],
    ['areas.regionCodes.0', { areas: { regionCodes: ['7'] } }],
    [
      'locations.0.postalCode',
      { isRemote: true, locations: [{ ...LAHTI_OFFICE, postalCode: '1511' }] },
    ],
    ['locations.0.latitude', { isRemote: true, locations: [{ ...LAHTI_OFFICE, latitude: 90.5 }] }],
    [
      'locations.0.longitude',
      { isRemote: true, locations: [{ ...LAHTI_OFFICE, longitude: -181 }] },
    ],
    [
      'locations.0.longitude',
      { isRemote: true, locations: [{ ...LAHTI_OFFICE, longitude: null }] },
    ],
    [
      'locations.0.streetAddress',
      { isRemote: true, locations: [{ ...LAHTI_OFFICE, streetAddress: ' ' }] },
    ],
    [
      'openingHours.periods.0.closes',
      {
        isRemote: true,
        openingHours: { periods: [{ days: ['MONDAY'], opens: '18:00', closes: '09:00' }] },
      },
    ],
    [
      'openingHours.periods.0.opens',
      {
        isRemote: true,
        openingHours: { periods: [{ days: ['MONDAY'], opens: '9:00', closes: '17:00' }] },
      },
    ],
    [
      'openingHours.periods.0.days',
      {
        isRemote: true,
        openingHours: { periods: [{ days: [], opens: '09:00', closes: '17:00' }] },
      },
    ],
    [
      'openingHours.periods',
      {
        isRemote: true,
        openingHours: {
          open247: true,
          periods: [{ days: ['MONDAY'], opens: '09:00', closes: '17:00' }],
        },
      },
    ],
    ['capacityPlaces', { isRemote: true, capacityPlaces: -1 }],
    ['groupSize', { isRemote: true, groupSize: 0 }],
    ['startsOn', { isRemote: true, startsOn: '2026-02-30' }],
    ['endsOn', { isRemote: true, startsOn: '2026-05-01', endsOn: '2026-04-30' }],
    ['contact.email', { isRemote: true, contact: { email: 'not-an-email' } }],
    ['contact.website', { isRemote: true, contact: { website: 'javascript:alert(1)' } }],
    ['contact.phone', { isRemote: true, contact: { phone: 'call us' } }],
    ['acceptingClients', { isRemote: true, acceptingClients: null }],
  ])('refuses %s', (field, input) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('accepts a full delivery', () => {
    const details = toValidDelivery({
      status: 'PLANNING',
      areas: { municipalityCodes: ['398'], wellbeingAreaCodes: ['09'], regionCodes: ['07'] },
      contact: {
        name: 'Neuvonta',
        phone: '+358 40 123 4567',
        email: 'a@example.fi',
        website: 'https://example.fi',
      },
      locations: [{ ...LAHTI_OFFICE, accessibility: { fi: 'Esteetön', sv: null } }],
      openingHours: {
        periods: [{ days: ['MONDAY', 'TUESDAY'], opens: '09:00', closes: '24:00' }],
        note: { fi: 'Suljettu pyhinä' },
      },
      capacityPlaces: 0,
      groupSize: 8,
      startsOn: '2026-01-01',
      endsOn: '2026-01-01',
    });

    expect(details.locations[0]?.accessibility).toEqual({ fi: 'Esteetön' });
    expect(details.openingHours.note).toEqual({ fi: 'Suljettu pyhinä' });
  });
});
