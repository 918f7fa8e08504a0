import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';
import { ORG_LAHTI, ORG_TURKU_ETK, ORG_VSLJ } from './organizations.js';

/**
 * Demo users, one (or more) per role, for local use only: every one signs in with DEMO_PASSWORD.
 * The people are invented. The seed never runs in production unless SEED_DEMO_DATA=true is set.
 */
export const DEMO_PASSWORD = 'linja-demo-2026';

/** argon2id of DEMO_PASSWORD, precomputed so seeding stays fast. */
export const DEMO_PASSWORD_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$P6pv+WpQZ4FdM6in3Sa5wg$7BcC0dricQLc444jot9SNp4OZUE+/o6HOMTbNccXQyw';

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin?: boolean;
  roles: {
    role: 'COORDINATOR' | 'ORG_ADMIN' | 'ORG_EDITOR' | 'PROFESSIONAL';
    networkId?: string;
    organizationId?: string;
    wellbeingAreaCodes?: string[];
  }[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000001',
    email: 'admin@linja.example',
    name: 'Anna Lindqvist',
    isPlatformAdmin: true,
    roles: [],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000002',
    email: 'koordinaattori@perhelinja.example',
    name: 'Aino Laine',
    roles: [
      { role: 'COORDINATOR', networkId: PERHELINJA_ID },
      { role: 'ORG_ADMIN', organizationId: ORG_VSLJ },
    ],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000003',
    email: 'koordinaattori@liitto.example',
    name: 'Mikko Virtanen',
    roles: [{ role: 'COORDINATOR', networkId: FEDERATION_ID }],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000004',
    email: 'yllapitaja@lahti.example',
    name: 'Sari Niemi',
    roles: [{ role: 'ORG_ADMIN', organizationId: ORG_LAHTI }],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000005',
    email: 'toimittaja@lahti.example',
    name: 'Juha Heikkinen',
    roles: [{ role: 'ORG_EDITOR', organizationId: ORG_LAHTI }],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000006',
    email: 'toimittaja@turku.example',
    name: 'Laura Mäkinen',
    roles: [{ role: 'ORG_EDITOR', organizationId: ORG_TURKU_ETK }],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000007',
    email: 'ammattilainen@hyvinvointialue.example',
    name: 'Pekka Salonen',
    roles: [
      { role: 'PROFESSIONAL', networkId: PERHELINJA_ID, wellbeingAreaCodes: ['05'] },
      { role: 'PROFESSIONAL', networkId: FEDERATION_ID, wellbeingAreaCodes: ['09'] },
    ],
  },
];
