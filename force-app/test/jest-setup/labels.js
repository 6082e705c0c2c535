// Serves every Custom Label its English value in Jest, read from the labels metadata itself,
// so component tests see what agents see (sfdx-lwc-jest would otherwise give the label's name).
const { join } = require('node:path');
const { readLabels } = require('../../../scripts/lib/custom-labels.cjs');

for (const [name, value] of Object.entries(readLabels(join(__dirname, '../../..')))) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
}
