import { isUuid } from '../common/ids/is-uuid';
import { type Actor, type Grant } from './actor';

/** Request header through which development and tests act in a role, until sign-in exists. */
export const DEV_ACTOR_HEADER = 'x-linja-dev-actor';

/**
 * Parses `platform-admin`, `coordinator:<networkId>`, `org-admin:<orgId>`, `editor:<orgId>` or
 * `professional:<networkId>`, `report-viewer:<networkId>` (several separated by commas) into a development actor. Only honoured when
 * DEV_AUTH is on, which the environment schema forbids in production. Returns undefined when the
 * header is absent or malformed (the request is then anonymous).
 */
export function parseDevActor(header: string | undefined): Actor | undefined {
  if (!header) return undefined;
  const grants: Grant[] = [];
  for (const part of header.split(',').map((value) => value.trim())) {
    const [role, id = ''] = part.split(':');
    if (role === 'platform-admin') grants.push({ role: 'PLATFORM_ADMIN' });
    else if (!isUuid(id)) return undefined;
    else if (role === 'coordinator') grants.push({ role: 'COORDINATOR', networkId: id });
    else if (role === 'org-admin') grants.push({ role: 'ORG_ADMIN', organizationId: id });
    else if (role === 'editor') grants.push({ role: 'ORG_EDITOR', organizationId: id });
    else if (role === 'professional') grants.push({ role: 'PROFESSIONAL', networkId: id });
    else if (role === 'report-viewer') grants.push({ role: 'REPORT_VIEWER', networkId: id });
    else return undefined;
  }
  return { kind: 'user', id: `dev:${header}`, label: `dev (${header})`, grants };
}
