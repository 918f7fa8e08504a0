export { createTestDatabase, type TestDatabaseTarget } from './test-database.js';
export { writePgliteTemplate } from './pglite-template.js';
export { prepareTestTemplates, type PreparedTestTemplates } from './test-templates.js';
export { type TestDatabaseContents, TEST_TEMPLATE_ENV } from './template-env.js';
