// CSS imports are a no-op under jest (see moduleNameMapper in react.cjs).
module.exports = {};
