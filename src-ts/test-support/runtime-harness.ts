/**
 * Console tabs for the runtime's tests: the runtime on a fake browser window, a fake Omni-Channel
 * toolkit, and the bridge harness's softphone frame.
 */
import { PresenceSyncRuntime, type SyncView } from '../runtime/runtime';
import { FakeOmniToolkit } from './fake-omni';
import { obeyingSoftphone } from './fake-softphone';
import { browserPlatform } from '../runtime/platform';
import { FakeBrowser, type FakeWindowOptions } from './fake-browser';
import { BridgeHost } from '../bridge/host';
import { connectPair, SOFTPHONE_ORIGIN, type Pair } from './bridge-harness';
import defaultsJson from './package-defaults.generated.json';
import type { SyncConfigurationInput } from '../mapping/types';

/** The package defaults (shipped settings, sample rows, statuses, ContactPad catalogue) as the runtime tests use them. */
export const defaults = defaultsJson as unknown as SyncConfigurationInput & {
    statuses: { id: string; developerName: string }[];
    catalogue: { major: string; minor?: string | null; reserved?: boolean }[];
};
/** The id of a sample status by DeveloperName ('' when there is none). */
export const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';
/** The DeveloperName of a sample status id, or null. */
/** The agent picks `status` in the Omni-Channel widget: the toolkit event as the Aura host passes it to `tab`. */
export function agentPicksStatus(tab: Pick<Tab, 'runtime'>, status: string): void {
    tab.runtime.omniEvent('omniChannelStatusChanged', {
        statusId: statusId(status),
        statusApiName: status,
        statusName: status,
        channels: '[]',
        reason: 'OmniManualStatusChange'
    });
}

export const statusName = (id: unknown) => defaults.statuses.find((s) => s.id === id)?.developerName ?? null;

/** The shared fake Omni-Channel (src-ts/test-support/fake-omni.ts) on the package defaults' statuses. */
export class FakeToolkit extends FakeOmniToolkit {
    constructor(status: string | null = 'Available') {
        super(defaults.statuses, status);
    }
}

/** A console tab of the runtime tests: the runtime, its softphone frame, its browser and the views it showed. */
export interface Tab {
    runtime: PresenceSyncRuntime;
    pair: Pair;
    browser: FakeBrowser;
    window: Record<string, unknown>;
    views: SyncView[];
    /** Where the runtime placed the softphone frame, in order (`onFrame`): a URL, or null for none. */
    frames: (string | null)[];
    /** The Softphone URL of each bridge the runtime built (each one a new session nonce). */
    bridges: (string | null)[];
    /** The tab's configuration (what `configure()` takes where the runtime was built without it). */
    configuration: SyncConfigurationInput;
    view(): SyncView;
}

/**
 * A console tab: the runtime on a window of `browser` (a new browser by default), with the
 * harness's softphone frame. Tabs of one browser share its clock, storage, channels and locks.
 */
export function openTab(options: {
    browser?: FakeBrowser;
    window?: FakeWindowOptions;
    toolkit: FakeToolkit;
    tabId?: string;
    settings?: Record<string, unknown>;
    session?: { loggedIn: boolean; state: { major: string; minor: string | null } | null };
    /** Leave the browser without the tabs' secret, as on the very first console load. */
    firstLoad?: boolean;
    /** Build the runtime without its configuration, as the panel does while Apex answers (`configure()` later). */
    configureLater?: boolean;
}): Tab {
    const pair = connectPair({
        onCommand: obeyingSoftphone(() => pair.client),
        client: {
            catalogue: defaults.catalogue,
            ...(options.session ? { initialSession: options.session } : {})
        }
    });
    const browser = options.browser ?? new FakeBrowser(pair.clock);
    Object.assign(pair, { clock: browser.clock });
    const clock = browser.clock;
    const win = browser.window(options.window ?? {});
    const platform = browserPlatform(win);
    const secretKey = 'omniPresenceSync:005000000000001:tabSecret';
    // A console that ran before: the tabs' secret is there, so a tab starts its election at once.
    if (options.firstLoad !== true && platform.storage?.getItem(secretKey) === null)
        platform.storage.setItem(secretKey, 'k7q2m9x4w1z8c3v6b5n0p2r4');
    const views: SyncView[] = [];
    const frames: (string | null)[] = [];
    const bridges: (string | null)[] = [];
    const configuration: SyncConfigurationInput = {
        mappings: defaults.mappings,
        statuses: defaults.statuses,
        settings: { ...(defaults.settings ?? {}), ...(options.settings ?? {}) }
    };
    const runtime = new PresenceSyncRuntime({
        ...(options.configureLater === true ? {} : { configuration }),
        toolkit: options.toolkit,
        userId: '005000000000001',
        platform,
        tabId: options.tabId ?? 'tab-a',
        onView: (view) => views.push(view),
        onFrame: (url) => frames.push(url),
        createBridge: (callbacks, settings) => {
            bridges.push(settings.softphoneUrl);
            return new BridgeHost({
                listenOn: pair.hostWindow,
                frame: () => pair.frameHandle as never,
                softphoneOrigin: SOFTPHONE_ORIGIN,
                allowedOrigins: settings.allowedOrigins,
                clock,
                commandTimeoutMs: settings.commandTimeoutMs,
                ...callbacks
            });
        }
    });
    options.toolkit.onEvent = (name, params) => {
        runtime.omniEvent(name, params);
    };
    return {
        runtime,
        pair,
        browser,
        window: win,
        views,
        frames,
        bridges,
        configuration,
        view: () => runtime.view()
    };
}

/** Lets promises, frame messages and the browser's tasks (0 ms timers) run until quiet; no time passes. */
export async function settle(tab: Tab, rounds = 5) {
    for (let i = 0; i < rounds; i++) {
        await tab.pair.settle();
        tab.browser.clock.advance(0);
    }
}

/**
 * Lets `ms` milliseconds of the tabs' shared clock pass in steps of `step` ms, settling every tab
 * after each step (their timers, messages and promises run as a browser would run them).
 */
export async function run(tabs: readonly Tab[], ms: number, step = 100): Promise<void> {
    const browser = tabs[0]?.browser;
    if (browser === undefined) throw new Error('run() needs at least one tab');
    for (let elapsed = 0; elapsed < ms; elapsed += step) {
        browser.clock.advance(step);
        for (const tab of tabs) await settle(tab, 2);
    }
}
