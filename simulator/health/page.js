// The simulated Presence Sync Health tab: the package's real presenceSyncHealth component (compiled with LWC open
// source) on a plain SLDS page. Its Apex call is answered by the simulator's server (simulator/health.mjs).
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PresenceSyncHealth from 'c/presenceSyncHealth';

const tab = createElement('c-presence-sync-health', { is: PresenceSyncHealth });
document.querySelector('[data-test="health-slot"]').appendChild(tab);
