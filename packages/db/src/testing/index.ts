export { createTestDatabase, type TestDatabaseTarget } from './test-database.js';
