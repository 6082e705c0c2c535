// Component tests render Salesforce's real base components (lightning-base-components, mapped in
// jest.config.js), which bring their SLDS stylesheets: about 340 CSS rules in the document where the
// former stand-ins had none. axe-core (expect(...).toBeAccessible()) asks jsdom for the computed style
// of every node, and jsdom matches each node against every rule: a whole-panel accessibility check
// measured 7.6 s of CPU in band (0.6 s with the stand-ins), and several times that on a loaded
// machine. Component test files therefore get a longer per-test limit; engine tests keep Jest's 5 s.
const { testPath } = expect.getState();
if (/[\\/]force-app[\\/]main[\\/]default[\\/]lwc[\\/]/.test(testPath ?? '')) {
    jest.setTimeout(300000);
}
