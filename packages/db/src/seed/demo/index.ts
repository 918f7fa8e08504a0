export { DEMO_NETWORKS } from './networks.js';
export { DEMO_ORGANIZATIONS } from './organizations.js';
export { DEMO_SERVICES } from './services.js';
export { DEMO_PASSWORD, DEMO_PASSWORD_HASH, DEMO_USERS } from './users.js';
export { DEMO_SYNONYMS } from './synonyms.js';
export { DEMO_FEEDBACK_SURVEY_LAHTI, DEMO_FEEDBACK_SURVEY_PERHELINJA } from './feedback.js';
export {
  DEMO_GOAL_IDS,
  DEMO_INDICATOR_IDS,
  DEMO_LAHTI_REPORT_ID,
  DEMO_REPORTING_ROUND_ID,
} from './reporting.js';
