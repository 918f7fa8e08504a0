import { ANONYMOUS, type Actor, type Grant } from '../auth/actor';
import { can, canExportCatalogue, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';

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
