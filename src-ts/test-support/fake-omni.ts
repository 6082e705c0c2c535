/**
 * The one fake of Omni-Channel for tests, at the two levels the code meets it:
 *
 * - {@link FakeOmniToolkit} (here): `lightning:omniToolkitAPI` as the Aura host exposes it to the runtime
 *   (one method call, one promise). A presence call resolves, then the toolkit fires its event: a
 *   status change with reason `OmniToolkitStatusChange` after `login` and `setServicePresenceStatus`,
 *   `omniChannelLogout` after `logout`. Failures (rejections), synchronous throws and late answers
 *   (held until released) are configurable. Used by the runtime's tests (`runtime-harness.ts`) and
 *   the panel's Jest tests (`force-app/test/jest-support/panel-harness.js`).
 * - `omniEcho` and `softphoneEcho` (`src-ts/scenario/echoes.ts`, shipped, since the Setup page's dry
 *   run uses the scenario runner): the engine inputs a well-behaved side sends back after carrying
 *   out a command. Used by the scenario runner and the simulated world of the property tests.
 *
 * Statuses are the caller's list (the tests pass the package defaults' sample presence statuses,
 * `package-defaults.generated.json`).
 * Event names and parameters follow the Lightning Component Reference, `lightning:omniToolkitAPI`
 * (https://developer.salesforce.com/docs/component-library/bundle/lightning:omniToolkitAPI/documentation).
 */
import type { ToolkitPort } from '../runtime/runtime';

/** A presence status as the fake knows it: its record id and DeveloperName. */
export interface FakeStatus {
    id: string;
    developerName: string;
}

/** The toolkit methods that change presence. */
const PRESENCE_METHODS = ['login', 'logout', 'setServicePresenceStatus'];

/**
 * Omni-Channel as the toolkit shows it: each call takes a turn of the event loop (microtasks, no
 * clock time) and a change fires its event one turn after the call resolves.
 */
export class FakeOmniToolkit implements ToolkitPort {
    /** Every call, in order. */
    readonly calls: { method: string; args: Record<string, unknown> }[] = [];
    /** Calls not yet answered, and the most at once. */
    inFlight = 0;
    maxInFlight = 0;
    /** Presence commands (login, logout, setServicePresenceStatus) in flight, and the most at once. */
    commandsInFlight = 0;
    maxCommandsInFlight = 0;
    /** The agent's status DeveloperName, or null when logged out. */
    status: string | null;
    /** While true, answers wait in `held` until `release()` (late answers). */
    hold = false;
    held: (() => void)[] = [];
    /** Method → how many of its next calls reject with `Error('<method> failed')`. */
    failures = new Map<string, number>();
    /** Methods the toolkit never answers (a call that times out). */
    silent = new Set<string>();
    /** Method → how many of its next calls throw synchronously (`TypeError`), as a platform API may. */
    throws = new Map<string, number>();
    /** What `getAgentWorkload` answers. */
    workload: Record<string, unknown> = { configuredCapacity: '100', currentWorkload: '0' };
    /** Receives each toolkit event by its literal name (e.g. 'omniChannelStatusChanged') and params. */
    onEvent: (name: string, params: Record<string, unknown>) => void = () => undefined;

    /**
     * @param statuses the org's presence statuses (id and DeveloperName)
     * @param status the agent's status DeveloperName at the start, or null for logged out
     */
    constructor(
        private readonly statuses: readonly FakeStatus[],
        status: string | null = 'Available'
    ) {
        this.status = status;
    }

    /** The id of a status DeveloperName ('' when there is no such status). */
    statusId(name: string): string {
        return this.statuses.find((s) => s.developerName === name)?.id ?? '';
    }

    /** The DeveloperName of a status id, or null. */
    statusName(id: unknown): string | null {
        return this.statuses.find((s) => s.id === id)?.developerName ?? null;
    }

    call(method: string, args: Record<string, unknown>): Promise<unknown> {
        this.calls.push({ method, args });
        const throwing = this.throws.get(method) ?? 0;
        if (throwing > 0) {
            this.throws.set(method, throwing - 1);
            throw new TypeError(`${method} threw`);
        }
        this.inFlight++;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        const command = PRESENCE_METHODS.includes(method);
        if (command) this.commandsInFlight++;
        this.maxCommandsInFlight = Math.max(this.maxCommandsInFlight, this.commandsInFlight);
        if (this.silent.has(method)) return new Promise(() => undefined);
        return new Promise((resolve, reject) => {
            const settle = () => {
                this.inFlight--;
                if (command) this.commandsInFlight--;
                const failing = this.failures.get(method) ?? 0;
                if (failing > 0) {
                    this.failures.set(method, failing - 1);
                    reject(new Error(`${method} failed`));
                    return;
                }
                let answer: ReturnType<FakeOmniToolkit['apply']>;
                try {
                    answer = this.apply(method, args);
                } catch (error) {
                    reject(error instanceof Error ? error : new Error(String(error)));
                    return;
                }
                resolve(answer.value);
                // The toolkit fires its event after the call resolves, as the platform does.
                const event = answer.event;
                if (event)
                    void Promise.resolve().then(() => {
                        this.onEvent(...event);
                    });
            };
            if (this.hold) this.held.push(settle);
            else void Promise.resolve().then(settle);
        });
    }

    /** Answers every held call, in the order they were made. */
    release(): void {
        const held = this.held.splice(0);
        for (const settle of held) settle();
    }

    /** Carries out a call: its answer, and the event the toolkit fires after it (if any). */
    private apply(
        method: string,
        args: Record<string, unknown>
    ): { value: unknown; event?: [string, Record<string, unknown>] } {
        switch (method) {
            case 'getServicePresenceStatusId':
                if (this.status === null) throw new Error('not logged in');
                return {
                    value: { statusId: this.statusId(this.status), statusApiName: this.status, statusName: this.status }
                };
            case 'getAgentWorks':
                return { value: { works: '[]' } };
            case 'getAgentWorkload':
                return { value: this.workload };
            case 'setServicePresenceStatus':
            case 'login': {
                this.status = this.statusName(args.statusId);
                return {
                    value: { statusId: args.statusId, statusApiName: this.status },
                    event: [
                        'omniChannelStatusChanged',
                        { statusId: args.statusId, statusApiName: this.status, reason: 'OmniToolkitStatusChange' }
                    ]
                };
            }
            case 'logout':
                this.status = null;
                return { value: {}, event: ['omniChannelLogout', {}] };
            default:
                return { value: {} };
        }
    }

    /** The presence calls as short lines: 'setServicePresenceStatus Lunch', 'logout'. */
    presenceCalls(): string[] {
        return this.calls
            .filter((c) => PRESENCE_METHODS.includes(c.method))
            .map((c) => `${c.method}${c.args.statusId ? ` ${String(this.statusName(c.args.statusId))}` : ''}`);
    }
}
