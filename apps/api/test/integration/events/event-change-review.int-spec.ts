import { randomUUID } from 'node:crypto';

import { PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { gqlAs } from '../delivery/delivery-fixtures';

/**
 * Where a network reviews events, a change of a PUBLISHED event's public content by its organiser
 * waits for review (issue 15: "the same review-before-publish rule as services"): the published
 * content stays public until a coordinator approves the change or returns it.
 */
const FIELDS = /* GraphQL */ `
  fragment ReviewFields on Event {
    id
    status
    version
    title {
      fi
    }
    description {
      fi
    }
    placeName
    viewerActions
    changeReview {
      pendingSince
      returnReason
      proposed {
        title {
          fi
        }
        placeName
      }
      changes {
        field
        locale
        before
        after
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  ${FIELDS}
  mutation Create($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...ReviewFields
    }
  }
`;
const UPDATE = /* GraphQL */ `
  ${FIELDS}
  mutation Update($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...ReviewFields
    }
  }
`;
const EVENT = /* GraphQL */ `
  ${FIELDS}
  query Event($id: ID!) {
    event(id: $id) {
      ...ReviewFields
    }
  }
`;
const status = (name: string, input: string) => /* GraphQL */ `
  ${FIELDS}
  mutation Status($input: ${input}!) {
    ${name}(input: $input) {
      ...ReviewFields
    }
  }
`;
const SUBMIT = status('submitEvent', 'EventVersionInput');
const APPROVE = status('approveEvent', 'EventVersionInput');
const RETURN = status('returnEvent', 'EventReasonInput');

interface Change {
  field: string;
  locale: string | null;
  before: string | null;
  after: string | null;
}
interface EventNode {
  id: string;
  status: string;
  version: number;
  title: { fi: string };
  description: { fi: string | null };
  placeName: string | null;
  viewerActions: string[];
  changeReview: {
    pendingSince: string | null;
    returnReason: string | null;
    changes: Change[];
    proposed: { title: { fi: string }; placeName: string | null } | null;
  } | null;
}

const DAY = 86_400_000;

describe(`review of changes to published events on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let networkId: string;
  let orgId: string;

  const editor = () => gqlAs(api, `editor:${orgId}`);
  const coordinator = () => gqlAs(api, `coordinator:${networkId}`);
  const anonymous = () => gqlAs(api);

  async function read(as: ReturnType<typeof gqlAs>, id: string): Promise<EventNode> {
    const result = await as<{ event: EventNode }>(EVENT, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.event;
  }

  /** An event of the organisation, submitted by its editor and approved by a coordinator. */
  async function publishedEvent(): Promise<EventNode> {
    const created = await editor()<{ createEvent: EventNode }>(CREATE, {
      input: {
        networkId,
        organizationId: orgId,
        kind: 'PUBLIC_EVENT',
        audience: 'PUBLIC',
        title: { fi: 'Eroinfo-ilta' },
        startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 10 * DAY + 7_200_000).toISOString(),
        placeName: 'Perhetupa',
        municipalityCode: '398',
        isOnline: true,
        onlineUrl: 'https://meet.example.com/vanha',
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    await editor()(SUBMIT, { input: { id, expectedVersion: 1 } });
    const approved = await coordinator()<{ approveEvent: EventNode }>(APPROVE, {
      input: { id, expectedVersion: 2 },
    });
    expect(approved.data?.approveEvent.status).toBe('PUBLISHED');
    return approved.data!.approveEvent;
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const suffix = randomUUID().slice(0, 8);
    networkId = (
      await prisma.network.create({
        data: { slug: `review-${suffix}`, name: `Arvioiva ${suffix}`, eventsRequireReview: true },
      })
    ).id;
    orgId = (await prisma.organization.create({ data: { name: `Ensikoti ${suffix}` } })).id;
    await prisma.networkMembership.create({
      data: { networkId, organizationId: orgId, role: 'MEMBER', since: new Date('2025-01-01') },
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it("holds an organiser's edit of the public content for review; the published content stays public, the link changes at once", async () => {
    const event = await publishedEvent();
    const edited = await editor()<{ updateEvent: EventNode }>(UPDATE, {
      input: {
        id: event.id,
        expectedVersion: event.version,
        title: { fi: 'Eroinfo-ilta (uusi nimi)' },
        placeName: 'Kirjasto',
        onlineUrl: 'https://meet.example.com/uusi',
      },
    });
    expect(edited.errors).toBeUndefined();
    const node = edited.data!.updateEvent;
    expect(node.status).toBe('PUBLISHED');
    expect(node.title.fi).toBe('Eroinfo-ilta');
    expect(node.placeName).toBe('Perhetupa');
    expect(node.changeReview?.pendingSince).not.toBeNull();
    expect(node.changeReview?.changes.map((c) => c.field).sort()).toEqual(['placeName', 'title']);

    const seen = await read(anonymous(), event.id);
    expect(seen.title.fi).toBe('Eroinfo-ilta');
    expect(seen.placeName).toBe('Perhetupa');
    expect(seen.changeReview).toBeNull();
    const row = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.onlineUrl).toBe('https://meet.example.com/uusi');

    // A second edit adds to the waiting change; the editor cannot approve it, a coordinator can.
    const more = await editor()<{ updateEvent: EventNode }>(UPDATE, {
      input: { id: event.id, expectedVersion: node.version, description: { fi: 'Tervetuloa' } },
    });
    expect(more.errors).toBeUndefined();
    const pending = more.data!.updateEvent;
    expect(pending.changeReview?.changes.map((c) => c.field).sort()).toEqual([
      'description',
      'placeName',
      'title',
    ]);
    expect(pending.changeReview?.proposed).toEqual({
      title: { fi: 'Eroinfo-ilta (uusi nimi)' },
      placeName: 'Kirjasto',
    });
    expect(pending.viewerActions).not.toContain('APPROVE');
    const self = await editor()(APPROVE, {
      input: { id: event.id, expectedVersion: pending.version },
    });
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read(coordinator(), event.id)).viewerActions).toEqual(
      expect.arrayContaining(['APPROVE', 'RETURN']),
    );

    const approved = await coordinator()<{ approveEvent: EventNode }>(APPROVE, {
      input: { id: event.id, expectedVersion: pending.version },
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveEvent.changeReview).toBeNull();
    const now = await read(anonymous(), event.id);
    expect(now.title.fi).toBe('Eroinfo-ilta (uusi nimi)');
    expect(now.placeName).toBe('Kirjasto');
    expect(now.description.fi).toBe('Tervetuloa');
    expect(
      await prisma.auditEvent.count({
        where: {
          entityId: event.id,
          action: { in: ['event.change_submitted', 'event.change_approved'] },
        },
      }),
    ).toBe(3);
  });

  it('a coordinator returns a waiting change with a reason: it is dropped, the published content stays', async () => {
    const event = await publishedEvent();
    const edited = await editor()<{ updateEvent: EventNode }>(UPDATE, {
      input: { id: event.id, expectedVersion: event.version, title: { fi: 'Väärä nimi' } },
    });
    const version = edited.data!.updateEvent.version;
    const returned = await coordinator()<{ returnEvent: EventNode }>(RETURN, {
      input: { id: event.id, expectedVersion: version, reason: 'Nimi ei kuvaa tilaisuutta' },
    });
    expect(returned.errors).toBeUndefined();
    expect(returned.data?.returnEvent.status).toBe('PUBLISHED');
    const forEditor = await read(editor(), event.id);
    expect(forEditor.title.fi).toBe('Eroinfo-ilta');
    expect(forEditor.changeReview).toEqual({
      pendingSince: null,
      returnReason: 'Nimi ei kuvaa tilaisuutta',
      changes: [],
      proposed: null,
    });
    expect((await read(anonymous(), event.id)).changeReview).toBeNull();
    // Nothing waits any more: approving or returning again is a conflict.
    const again = await coordinator()(APPROVE, {
      input: { id: event.id, expectedVersion: forEditor.version },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("a coordinator's own edit of a published event takes effect at once", async () => {
    const event = await publishedEvent();
    const edited = await coordinator()<{ updateEvent: EventNode }>(UPDATE, {
      input: { id: event.id, expectedVersion: event.version, title: { fi: 'Korjattu nimi' } },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateEvent.changeReview).toBeNull();
    expect((await read(anonymous(), event.id)).title.fi).toBe('Korjattu nimi');
  });
});
