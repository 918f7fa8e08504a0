require('@testing-library/jest-dom');
const { configure } = require('@testing-library/dom');

// findBy* and waitFor return as soon as what they wait for is there; this is only how long they keep
// trying before failing. Testing Library's default (1 s) is shorter than a lazy route's first load or
// a whole-app render on a busy machine, so a slow run failed instead of waiting (issue 12).
configure({ asyncUtilTimeout: 60_000 });
