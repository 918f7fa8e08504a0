import { type Actor } from '../../auth/actor';
import { isDeliveryVisible, mayManageDelivery } from './delivery-access.util';

const NETWORK = '00000000-0000-4000-8000-000000000001';
const RESPONSIBLE = '00000000-0000-4000-8000-0000000000a1';
const PRODUCER = '00000000-0000-4000-8000-0000000000b1';
const OTHER = '00000000-0000-4000-8000-0000000000c1';
const service = { networkId: NETWORK, responsibleOrganizationId: RESPONSIBLE };

const user = (...grants: Extract<Actor, { kind: 'user' }>['grants']): Actor => ({
  kind: 'user',
  id: 'u',
  label: 'u',
  grants,
});

describe('delivery access', () => {
  it.each<[string, Actor, boolean]>([
    ['the producer’s editor', user({ role: 'ORG_EDITOR', organizationId: PRODUCER }), true],
    [
      'the responsible organisation’s admin',
      user({ role: 'ORG_ADMIN', organizationId: RESPONSIBLE }),
      true,
    ],
    ['another organisation’s editor', user({ role: 'ORG_EDITOR', organizationId: OTHER }), false],
    ['the network’s coordinator', user({ role: 'COORDINATOR', networkId: NETWORK }), false],
    ['a professional', user({ role: 'PROFESSIONAL', networkId: NETWORK }), false],
    ['a platform admin', user({ role: 'PLATFORM_ADMIN' }), true],
    ['an anonymous caller', { kind: 'anonymous' }, false],
  ])('%s may manage: %s', (_who, actor, expected) => {
    expect(mayManageDelivery(actor, service, PRODUCER)).toBe(expected);
  });

  it.each<[string, Actor, boolean]>([
    ['the producer’s editor', user({ role: 'ORG_EDITOR', organizationId: PRODUCER }), true],
    [
      'the responsible organisation’s editor',
      user({ role: 'ORG_EDITOR', organizationId: RESPONSIBLE }),
      true,
    ],
    ['the network’s coordinator', user({ role: 'COORDINATOR', networkId: NETWORK }), true],
    ['another organisation’s editor', user({ role: 'ORG_EDITOR', organizationId: OTHER }), false],
    ['a professional', user({ role: 'PROFESSIONAL', networkId: NETWORK }), false],
    ['an anonymous caller', { kind: 'anonymous' }, false],
  ])('%s sees a planned delivery: %s', (_who, actor, expected) => {
    expect(
      isDeliveryVisible(actor, service, { status: 'PLANNING', organizationId: PRODUCER }),
    ).toBe(expected);
    expect(isDeliveryVisible(actor, service, { status: 'ACTIVE', organizationId: PRODUCER })).toBe(
      true,
    );
  });
});
