module.exports = require('@linja/jest-config/react.cjs')({
  // wouter ships ES modules only: compile it to CommonJS for jest like our own sources.
  transformIgnorePatterns: ['/node_modules/(?!wouter/)'],
});
