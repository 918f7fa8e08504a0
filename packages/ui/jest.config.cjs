module.exports = require('@linja/jest-config/react.cjs')();
