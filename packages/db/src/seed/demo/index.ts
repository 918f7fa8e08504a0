export { DEMO_NETWORKS } from './networks.js';
export { DEMO_ORGANIZATIONS } from './organizations.js';
export { DEMO_SERVICES } from './services.js';
