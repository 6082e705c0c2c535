// The Custom Labels reader lives in lib/custom-labels.cjs, below both scripts/ and simulator/; this
// path still answers for the tests that name it.
module.exports = require('../../lib/custom-labels.cjs');
