// `aura:presenceSyncUtility` in Jest: the package's Aura utility item as it ships, in the shape the
// simulator's build gives the small Aura of simulator/console/aura-host.js: the .cmp markup, and the
// controller, helper and renderer files each evaluated as the object literal it is, given the test's `$A`.
const { readFileSync } = require('fs');
const { join } = require('path');

const BUNDLE = join(__dirname, '../../main/default/aura/presenceSyncUtility');
const read = (name) => readFileSync(join(BUNDLE, name), 'utf8');

/** A bundle JS file (one object literal in parentheses) as a function of `$A`. */
function factory(name) {
    const literal = read(name).trim().replace(/;$/, '');
    return new Function('$A', `"use strict";\nreturn (\n${literal}\n);`);
}

module.exports = {
    markup: read('presenceSyncUtility.cmp'),
    controller: factory('presenceSyncUtilityController.js'),
    helper: factory('presenceSyncUtilityHelper.js'),
    renderer: factory('presenceSyncUtilityRenderer.js')
};
