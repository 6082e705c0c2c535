// The simulated service console: a utility bar with the package's real Presence Sync panel
// (compiled with LWC open source) and a simulated Omni-Channel widget. This page plays the part
// of the Aura utility host: it passes every Omni-Channel event to the panel unchanged and carries
// out the toolkit calls the panel asks for.
// Synthetic shadow, as Lightning Experience runs components: the page's SLDS styles reach into them.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import { OmniSimulator, renderOmniWidget } from './omni';

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
    const response = await fetch(`/api/configuration${window.location.search}`);
    const configuration = await response.json();
    const panel = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
    let refreshWidget = () => {};
    const omni = new OmniSimulator({
        statuses: configuration.statuses,
        onEvent: (name, params) => {
            // When the event reaches the utility, for the latency benchmark.
            window.lastOmniEventAt = performance.now();
            panel.omniEvent(name, params);
        },
        // In the latency benchmark the widget repaints after the measured window.
        onChange: () => (window.benchNotify ? setTimeout(() => refreshWidget(), 50) : refreshWidget()),
        log
    });
    window.omniSimulator = omni;
    // Latency benchmark: tell ContactPad, by a bare postMessage, the moment the sync calls the toolkit,
    // and note when ContactPad says it received a command.
    let padWindow = null;
    const padFrameWindow = () => (padWindow ??= panel.shadowRoot?.querySelector('iframe')?.contentWindow ?? null);
    let awaitingCall = null;
    let awaitingCommand = null;
    omni.onCall = (method) => {
        if (method !== 'setServicePresenceStatus' || awaitingCall === null) return;
        const done = awaitingCall;
        awaitingCall = null;
        done(performance.now());
    };
    window.addEventListener('message', (event) => {
        if (event.origin !== config.padOrigin || event.data?.bench !== 'command' || awaitingCommand === null) return;
        const done = awaitingCommand;
        awaitingCommand = null;
        done(performance.now());
    });
    /**
     * Latency benchmark (b): asks ContactPad for an agent's state change (a bare hop, run as an
     * ordinary task as a click would be) and resolves with the time until the sync calls
     * setServicePresenceStatus. This page's clock throughout.
     */
    window.benchSoftphoneChange = (major, minor) =>
        new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error('the sync made no toolkit call')), 5000);
            const askedAt = performance.now();
            awaitingCall = (calledAt) => resolve(calledAt - askedAt);
            padFrameWindow().postMessage({ bench: 'change', major, minor }, config.padOrigin);
        });
    /**
     * Latency benchmark (c): an Omni status change, from the moment its event reaches the utility until
     * ContactPad says (by a bare hop back) that the sync's command arrived.
     */
    window.benchOmniChange = (statusId) =>
        new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error('ContactPad received no command')), 5000);
            awaitingCommand = (answeredAt) => resolve(answeredAt - window.lastOmniEventAt);
            omni.chooseStatus(statusId);
        });
    /** A bare postMessage round trip to ContactPad's frame and back, n times: the transport's own cost. */
    window.benchRoundTrips = (n) =>
        new Promise((resolve) => {
            const frame = padFrameWindow();
            const samples = [];
            let started = 0;
            const onPong = (event) => {
                if (event.origin !== config.padOrigin || event.data?.bench !== 'pong') return;
                samples.push(performance.now() - started);
                if (samples.length === n) {
                    window.removeEventListener('message', onPong);
                    resolve(samples);
                } else ping();
            };
            const ping = () => {
                started = performance.now();
                frame.postMessage({ bench: 'ping' }, config.padOrigin);
            };
            window.addEventListener('message', onPong);
            ping();
        });
    refreshWidget = renderOmniWidget(document.querySelector('[data-test="omni-widget"]'), omni);
    refreshWidget();

    panel.addEventListener('toolkitcall', (event) => {
        const { requestId, method, args } = event.detail;
        omni.call(method, args).then(
            (result) => panel.toolkitResult(requestId, true, result),
            (error) => panel.toolkitResult(requestId, false, error.message)
        );
    });
    document.querySelector('[data-test="presence-sync-slot"]').appendChild(panel);

    window.addEventListener('simulator:utility', (event) => {
        const { label, icon, highlighted } = event.detail;
        const item = document.querySelector('[data-test="utility-presence-sync"]');
        item.querySelector('[data-test="utility-label"]').textContent = label;
        item.querySelector('use').setAttribute(
            'href',
            `/slds/icons/utility-sprite/svg/symbols.svg#${String(icon).split(':')[1] ?? 'sync'}`
        );
        item.classList.toggle('highlighted', Boolean(highlighted));
    });

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
