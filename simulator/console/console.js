// The simulated service console: a utility bar with the package's real Presence Sync panel
// (compiled with LWC open source) inside the package's real Aura utility item (its controller and
// helper, run by the small Aura of aura-host.js), and a simulated Omni-Channel widget. Omni events
// reach the panel only through the Aura item's handler actions, toolkit calls only through its
// helper, and the utility bar item changes only through its lightning:utilityBarAPI calls.
// Synthetic shadow, as Lightning Experience runs components: the page's SLDS styles reach into them.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import { OmniSimulator, renderOmniWidget } from './omni';
import { mountAuraUtility, toolkitOf, utilityBarOf } from './aura-host';
import { probePlatform } from './lws-host';
import { joinOmniSession } from './omni-session';

const config = window.SIMULATOR;
const logList = document.querySelector('[data-test="console-log"]');

function log(line) {
    // In the latency benchmark the simulated console keeps its log quiet: its drawing is not the sync's latency.
    if (window.benchNotify) return;
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${line}`;
    logList.prepend(item);
    while (logList.childElementCount > 200) logList.lastElementChild.remove();
}

async function main() {
    if (config.lws) {
        // The panel and c/presenceSync run inside Lightning Web Security's sandbox (lws-host.js).
        document.querySelector('[data-test="security-mode"]').textContent = 'Lightning Web Security (sandbox)';
    }
    // The simulated Omni-Channel's statuses (the panel reads its configuration on its own).
    const query = new URLSearchParams(window.location.search);
    query.delete('fail');
    const response = await fetch(`/api/configuration?${query}`);
    const configuration = await response.json();
    const panel = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
    let refreshWidget = () => {};
    let auraUtility = null;
    // The user's one Omni-Channel session, kept by the org across reloads and shared by every console tab
    // (omni-session.js): this page reads it before the panel starts, as a reloaded console finds Omni as it was.
    const share = await joinOmniSession({
        apply: (session, events) => {
            omni.restore(session);
            refreshWidget();
            for (const [name, params] of events) {
                log(`event ${name} (another tab) ${JSON.stringify(params)}`);
                setTimeout(() => auraUtility?.fire(`lightning:${name}`, params), 0);
            }
        },
        log
    });
    const omni = new OmniSimulator({
        statuses: configuration.statuses,
        // The main-thread benchmark (`benchQuiet`) leaves out the simulated org's work: no session written, no widget drawn.
        onEmit: (name, params) => {
            if (!window.benchQuiet) share.changed(omni, [name, params]);
        },
        onEvent: (name, params) => {
            // When the event reaches the utility, for the latency benchmark.
            window.lastOmniEventAt = performance.now();
            // An application event: every component with a handler for it hears it.
            auraUtility?.fire(`lightning:${name}`, params);
        },
        // In the latency benchmark the widget repaints after the measured window.
        onChange: () => {
            if (window.benchQuiet) return;
            share.changed(omni);
            if (window.benchNotify) setTimeout(() => refreshWidget(), 50);
            else refreshWidget();
        },
        log
    });
    omni.restore(share.initial);
    window.omniSimulator = omni;
    refreshWidget = renderOmniWidget(document.querySelector('[data-test="omni-widget"]'), omni);
    refreshWidget();

    const utilityItem = document.querySelector('[data-test="utility-presence-sync"]');
    // The item connects to the panel in its afterRender, before the panel's element is in the page;
    // the element goes in at its superAfterRender, as Aura swaps an LWC child in.
    const slot = document.querySelector('[data-test="presence-sync-slot"]');
    // The utility starts open (`?utility=closed`: minimised, as a console that loads it in the background);
    // its button in the utility bar opens and minimises it.
    const utilityBar = utilityBarOf(utilityItem, slot, { open: query.get('utility') !== 'closed' });
    utilityItem.addEventListener('click', () => utilityBar.click());
    window.simulatorUtilityBar = utilityBar;
    auraUtility = mountAuraUtility({
        panel,
        toolkit: toolkitOf(omni),
        utilityBar,
        insertPanel: () => slot.appendChild(panel)
    });
    window.auraUtility = auraUtility;
    /** For the browser tests: what the security model does to the package's code (lws-host.js). */
    window.simulatorProbe = () => probePlatform(config.padOrigin, config.lws);

    if (config.hostileOrigin) {
        // A frame from a third origin that forges bridge messages: the sync must ignore all of them.
        const hostile = document.createElement('iframe');
        hostile.src = `${config.hostileOrigin}/hostile.html`;
        hostile.title = 'Hostile frame';
        hostile.dataset.test = 'hostile-frame';
        hostile.className = 'hostile-frame';
        document.body.appendChild(hostile);
    }
}

main().catch((error) => log(`the simulator could not start: ${error.message}`));
