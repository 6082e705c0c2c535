// Accessibility matchers (axe-core rules as Salesforce applies them): expect(element).toBeAccessible().
const { setup } = require('@sa11y/jest');

setup();
