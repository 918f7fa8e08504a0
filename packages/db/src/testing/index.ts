export { createTestDatabase, type TestDatabaseTarget } from './test-database.js';
export { writePgliteTemplate } from './pglite-template.js';
