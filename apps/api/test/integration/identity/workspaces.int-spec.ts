import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { DEMO, gql, signIn } from './identity-kit';

/** What the admin app asks to name a person's workspaces (tenant switcher) in one request. */
const WORKSPACES = /* GraphQL */ `
  query Workspaces {
    me {
      roles {
        role
        network {
          slug
        }
        organization {
          name
          memberships {
            totalCount
            edges {
              node {
                role
                status
                network {
                  slug
                }
              }
            }
          }
        }
      }
    }
  }
`;

interface Workspaces {
  me: {
    roles: {
      role: string;
      network: { slug: string } | null;
      organization: {
        name: string;
        memberships: {
          totalCount: number;
          edges: { node: { role: string; status: string; network: { slug: string } } }[];
        };
      } | null;
    }[];
  };
}

describe(`a person's workspaces (RoleAssignment.network/organization, Organization.memberships) on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ DEV_AUTH: 'false' });
  });

  afterAll(async () => {
    await api.close();
  });

  async function workspacesOf(email: string): Promise<Workspaces['me']['roles']> {
    const cookie = await signIn(api.baseUrl, email);
    const result = await gql<Workspaces>(api.baseUrl, WORKSPACES, {}, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data?.me.roles ?? [];
  }

  it("names an editor's organisation and the networks it belongs to", async () => {
    const roles = await workspacesOf(DEMO.lahtiEditor);

    expect(roles).toEqual([
      {
        role: 'ORG_EDITOR',
        network: null,
        organization: {
          name: 'Lahden ensi- ja turvakoti ry',
          memberships: {
            totalCount: 1,
            edges: [
              {
                node: {
                  role: 'MEMBER',
                  status: 'ACTIVE',
                  network: { slug: 'ensi-ja-turvakotien-liitto' },
                },
              },
            ],
          },
        },
      },
    ]);
  });

  it('names the network of a coordinator, next to the organisation they administer', async () => {
    const roles = await workspacesOf(DEMO.perhelinjaCoordinator);

    expect(roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          role: 'COORDINATOR',
          network: { slug: 'perhelinja' },
          organization: null,
        }),
        expect.objectContaining({
          role: 'ORG_ADMIN',
          network: null,
          organization: expect.objectContaining({
            memberships: expect.objectContaining({
              edges: expect.arrayContaining([
                {
                  node: { role: 'COORDINATOR', status: 'ACTIVE', network: { slug: 'perhelinja' } },
                },
              ]),
            }),
          }),
        }),
      ]),
    );
  });
});
