import { type PresentationStatus } from '@linja/db';

import { type Actor, ANONYMOUS } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import {
  assertPresentationTransition,
  type PresentationOperation,
  PRESENTATION_TRANSITIONS,
} from './presentation-transitions';

const NETWORK = '00000000-0000-4000-8000-000000000001';
const OTHER_NETWORK = '00000000-0000-4000-8000-000000000002';
const ORG = '00000000-0000-4000-8000-0000000000a1';
const OTHER_ORG = '00000000-0000-4000-8000-0000000000a2';
const scope = { networkId: NETWORK, organizationId: ORG };

const user = (grants: Extract<Actor, { kind: 'user' }>['grants']): Actor => ({
  kind: 'user',
  id: 'u',
  label: 'u',
  grants,
});
const ACTORS: Record<string, Actor> = {
  coordinator: user([{ role: 'COORDINATOR', networkId: NETWORK }]),
  otherCoordinator: user([{ role: 'COORDINATOR', networkId: OTHER_NETWORK }]),
  orgAdmin: user([{ role: 'ORG_ADMIN', organizationId: ORG }]),
  orgEditor: user([{ role: 'ORG_EDITOR', organizationId: ORG }]),
  otherOrgAdmin: user([{ role: 'ORG_ADMIN', organizationId: OTHER_ORG }]),
  professional: user([{ role: 'PROFESSIONAL', networkId: NETWORK }]),
  platformAdmin: user([{ role: 'PLATFORM_ADMIN' }]),
  anonymous: ANONYMOUS,
};

/** Who the table lets take each change. */
const ALLOWED: Record<string, string[]> = {
  COORDINATOR: ['coordinator', 'platformAdmin'],
  ORG_ADMIN: ['orgAdmin', 'platformAdmin'],
};

const STATUSES: (PresentationStatus | null)[] = [
  null,
  'INVITED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
];
const OPERATIONS: PresentationOperation[] = [
  'invitePresenter',
  'respondToPresentation',
  'withdrawPresentation',
];

function outcome(
  actor: Actor,
  from: PresentationStatus | null,
  to: PresentationStatus,
  via: PresentationOperation,
) {
  try {
    assertPresentationTransition(actor, { from, to, via, field: 'status' }, scope);
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('presentation transitions', () => {
  it('lists the changes of the issue, each once', () => {
    expect(PRESENTATION_TRANSITIONS.map((t) => `${t.from ?? 'new'}→${t.to}`)).toEqual([
      'new→INVITED',
      'INVITED→ACCEPTED',
      'INVITED→DECLINED',
      'INVITED→WITHDRAWN',
      'ACCEPTED→WITHDRAWN',
      'DECLINED→INVITED',
      'WITHDRAWN→INVITED',
    ]);
  });

  // Every change × operation × actor: only the table's entries pass, and only for their taker.
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      if (to === null || to === from) continue;
      for (const via of OPERATIONS) {
        const entry = PRESENTATION_TRANSITIONS.find(
          (t) => t.from === from && t.to === to && t.via === via,
        );
        it(`${from ?? 'new'} → ${to} via ${via}`, () => {
          for (const [name, actor] of Object.entries(ACTORS)) {
            const expected = !entry
              ? 'BAD_USER_INPUT'
              : ALLOWED[entry.by]!.includes(name)
                ? 'OK'
                : name === 'anonymous'
                  ? 'UNAUTHENTICATED'
                  : 'FORBIDDEN';
            expect({ name, result: outcome(actor, from, to, via) }).toEqual({
              name,
              result: expected,
            });
          }
        });
      }
    }
  }

  it('an accepted presentation is withdrawn by the coordinator, never declined by the organisation', () => {
    expect(outcome(ACTORS.orgAdmin!, 'ACCEPTED', 'DECLINED', 'respondToPresentation')).toBe(
      'BAD_USER_INPUT',
    );
    expect(outcome(ACTORS.coordinator!, 'ACCEPTED', 'WITHDRAWN', 'withdrawPresentation')).toBe(
      'OK',
    );
  });
});
