// Canned API answers shared by the component tests (shapes as the documents ask for them).

export const editorMe = {
  __typename: 'CurrentUser',
  id: 'u-editor',
  email: 'toimittaja@lahti.example',
  name: 'Sanna Toimittaja',
  isPlatformAdmin: false,
  roles: [
    {
      __typename: 'RoleAssignment',
      id: 'r1',
      role: 'ORG_EDITOR',
      networkId: null,
      organizationId: 'org-lahti',
      isVerified: true,
      network: null,
      organization: {
        __typename: 'Organization',
        id: 'org-lahti',
        name: 'Lahden ensi- ja turvakoti ry',
      },
    },
  ],
};

export const coordinatorMe = {
  __typename: 'CurrentUser',
  id: 'u-coord',
  email: 'koordinaattori@liitto.example',
  name: 'Kaisa Koordinaattori',
  isPlatformAdmin: false,
  roles: [
    {
      __typename: 'RoleAssignment',
      id: 'r2',
      role: 'COORDINATOR',
      networkId: 'net-liitto',
      organizationId: null,
      isVerified: true,
      network: {
        __typename: 'Network',
        id: 'net-liitto',
        slug: 'ensi-ja-turvakotien-liitto',
        name: 'Ensi- ja turvakotien liitto',
      },
      organization: null,
    },
  ],
};

export const directory = {
  __typename: 'Query',
  networks: {
    __typename: 'NetworkConnection',
    edges: [
      {
        __typename: 'NetworkEdge',
        node: {
          __typename: 'Network',
          id: 'net-liitto',
          slug: 'ensi-ja-turvakotien-liitto',
          name: 'Ensi- ja turvakotien liitto',
        },
      },
    ],
  },
};

export const networkTenantData = {
  __typename: 'Query',
  network: {
    __typename: 'Network',
    id: 'net-liitto',
    slug: 'ensi-ja-turvakotien-liitto',
    name: 'Ensi- ja turvakotien liitto',
    brand: { __typename: 'NetworkBrand', primaryColor: null, logoUrl: null },
  },
};

export const organizationTenantData = {
  __typename: 'Query',
  organization: {
    __typename: 'Organization',
    id: 'org-lahti',
    name: 'Lahden ensi- ja turvakoti ry',
    memberships: {
      __typename: 'NetworkMembershipConnection',
      edges: [
        {
          __typename: 'NetworkMembershipEdge',
          node: {
            __typename: 'NetworkMembership',
            id: 'm1',
            status: 'ACTIVE',
            network: {
              __typename: 'Network',
              id: 'net-liitto',
              slug: 'ensi-ja-turvakotien-liitto',
              name: 'Ensi- ja turvakotien liitto',
            },
          },
        },
      ],
    },
  },
};

export const emptyServices = {
  __typename: 'Query',
  services: {
    __typename: 'ServiceConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  },
};
