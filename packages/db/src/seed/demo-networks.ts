/**
 * Demo networks from the domain brief (shared/domain/BRIEF.md). Ids are fixed so that developers,
 * tests and later seeds can refer to them.
 */
export const DEMO_NETWORKS = [
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-000000000001',
    slug: 'perhelinja',
    name: 'Perhelinja',
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-000000000002',
    slug: 'ensi-ja-turvakotien-liitto',
    name: 'Ensi- ja turvakotien liitto',
  },
] as const;
