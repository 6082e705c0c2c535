// The simulated Setup page: the package's real Presence Sync Setup component (compiled with LWC
// open source) on a plain SLDS page. Its Apex calls are answered by the simulator's server
// (simulator/setup/routes.mjs), which keeps the records in the same store the console reads.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PresenceSyncSetup from 'c/presenceSyncSetup';

const page = createElement('c-presence-sync-setup', { is: PresenceSyncSetup });
document.querySelector('[data-test="setup-slot"]').appendChild(page);
