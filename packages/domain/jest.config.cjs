module.exports = require('@linja/jest-config')();
