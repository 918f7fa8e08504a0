import { ANONYMOUS, type Actor, type Grant } from '../auth/actor';
import {
  can,
  canExportCatalogue,
  organizationIdsWith,
  PERMISSIONS,
  ROLE_PERMISSIONS,
} from './permissions';

const NETWORK = '00000000-0000-4000-8000-000000000001';
const OTHER_NETWORK = '00000000-0000-4000-8000-000000000002';
const ORG = '00000000-0000-4000-8000-000000000003';

const viewer: Actor = {
  kind: 'user',
  id: 'viewer',
  label: 'viewer',
  grants: [{ role: 'REPORT_VIEWER', networkId: NETWORK }],
};

describe('the read-only REPORT_VIEWER role (issue 16)', () => {
  it('holds only the reading of results', () => {
    expect(ROLE_PERMISSIONS.REPORT_VIEWER).toEqual(['reporting.read']);
  });

  it('reads its own network’s results and nothing in another network', () => {
    expect(can(viewer, 'reporting.read', { networkId: NETWORK })).toBe(true);
    expect(can(viewer, 'reporting.read', { networkId: OTHER_NETWORK })).toBe(false);
    expect(can(viewer, 'reporting.read', { organizationId: ORG })).toBe(false);
  });

  it('may change nothing anywhere: no other permission in any scope', () => {
    for (const permission of PERMISSIONS.filter((name) => name !== 'reporting.read')) {
      expect([
        permission,
        can(viewer, permission, { networkId: NETWORK, organizationId: ORG }),
      ]).toEqual([permission, false]);
    }
  });

  it('leaves reporting to organisation admins and managing to coordinators', () => {
    expect(ROLE_PERMISSIONS.ORG_ADMIN).toContain('reporting.report');
    expect(ROLE_PERMISSIONS.ORG_EDITOR).not.toContain('reporting.report');
    expect(ROLE_PERMISSIONS.COORDINATOR).toEqual(
      expect.arrayContaining(['reporting.manage', 'reporting.read']),
    );
    expect(ROLE_PERMISSIONS.COORDINATOR).not.toContain('reporting.report');
  });
});

describe('downloading a network’s whole catalogue (issue 19)', () => {
  const closed = { id: NETWORK, catalogueExportPublic: false };
  const open = { id: NETWORK, catalogueExportPublic: true };
  const user = (grants: Grant[]): Actor => ({ kind: 'user', id: 'u', label: 'u', grants });
  const anonymous = ANONYMOUS;

  it('is the network’s coordinators’ (and platform admins’) while the network keeps it', () => {
    expect(canExportCatalogue(user([{ role: 'COORDINATOR', networkId: NETWORK }]), closed)).toBe(
      true,
    );
    expect(canExportCatalogue(user([{ role: 'PLATFORM_ADMIN' }]), closed)).toBe(true);
    expect(canExportCatalogue(anonymous, closed)).toBe(false);
    expect(
      canExportCatalogue(user([{ role: 'COORDINATOR', networkId: OTHER_NETWORK }]), closed),
    ).toBe(false);
    expect(canExportCatalogue(user([{ role: 'ORG_ADMIN', organizationId: ORG }]), closed)).toBe(
      false,
    );
    expect(canExportCatalogue(viewer, closed)).toBe(false);
  });

  it('is anyone’s once the network makes it public', () => {
    expect(canExportCatalogue(anonymous, open)).toBe(true);
    expect(canExportCatalogue(user([{ role: 'ORG_EDITOR', organizationId: ORG }]), open)).toBe(
      true,
    );
  });
});

describe('answering a partner survey (issue 16)', () => {
  const OTHER_ORG = '00000000-0000-4000-8000-000000000004';
  const user = (grants: Grant[]): Actor => ({ kind: 'user', id: 'u', label: 'u', grants });

  it('is organisation staff’s, over their own organisation only', () => {
    const editor = user([{ role: 'ORG_EDITOR', organizationId: ORG }]);
    expect(
      can(editor, 'feedback.answerAsPartner', { networkId: NETWORK, organizationId: ORG }),
    ).toBe(true);
    expect(can(editor, 'feedback.answerAsPartner', { networkId: NETWORK })).toBe(false);
    expect(can(editor, 'feedback.answerAsPartner', { organizationId: OTHER_ORG })).toBe(false);
    expect(
      can(user([{ role: 'ORG_ADMIN', organizationId: ORG }]), 'feedback.answerAsPartner', {
        organizationId: ORG,
      }),
    ).toBe(true);
  });

  it('is not a platform admin’s, a coordinator’s, a professional’s or a viewer’s', () => {
    const scope = { networkId: NETWORK, organizationId: ORG };
    for (const grant of [
      { role: 'PLATFORM_ADMIN' },
      { role: 'COORDINATOR', networkId: NETWORK },
      { role: 'PROFESSIONAL', networkId: NETWORK },
      { role: 'REPORT_VIEWER', networkId: NETWORK },
    ] as Grant[]) {
      expect([grant.role, can(user([grant]), 'feedback.answerAsPartner', scope)]).toEqual([
        grant.role,
        false,
      ]);
    }
  });

  it('names the candidate organisations from organisation roles only, once each', () => {
    const actor = user([
      { role: 'PLATFORM_ADMIN' },
      { role: 'COORDINATOR', networkId: NETWORK },
      { role: 'ORG_ADMIN', organizationId: ORG },
      { role: 'ORG_EDITOR', organizationId: ORG },
      { role: 'ORG_EDITOR', organizationId: OTHER_ORG },
    ]);
    expect(organizationIdsWith(actor, 'feedback.answerAsPartner')).toEqual([ORG, OTHER_ORG]);
    expect(organizationIdsWith(ANONYMOUS, 'feedback.answerAsPartner')).toEqual([]);
    // A permission only admins hold: the editor's organisation is not a candidate.
    expect(organizationIdsWith(actor, 'reporting.report')).toEqual([ORG]);
  });
});
