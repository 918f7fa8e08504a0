// Each test here starts PGlite databases and applies every migration, or backs up and restores a
// whole data directory: minutes when CI runs them beside the other workspaces on two busy cores. The
// ceiling is only how long a hung test may take to fail (tests wait for what they check).
module.exports = require('@linja/jest-config')({ testTimeout: 600_000 });
