/**
 * The toolkit call queue: every call to the Omni-Channel toolkit goes through `callToolkit` (one
 * call, a timeout, never a rejection), and the engine's Omni commands through `ToolkitQueue`, one in
 * flight at a time, so that the toolkit sees them in the order the engine issued them. Owns the
 * toolkit port's shape and how an answer (or its absence) is told to the caller; the runtime owns
 * which driving turn an answer still belongs to.
 */
import type { Clock } from '../bridge/endpoint';
import type { OmniCommand } from '../engine/types';
import type { ToolkitCommandMethod } from '../core/toolkit-methods';
import type { RuntimeFailure } from './command-failures';

/** The Omni-Channel toolkit, as the Aura host exposes it: one method call, one promise. */
export interface ToolkitPort {
    call(method: string, args: Record<string, unknown>): Promise<unknown>;
}

/** A toolkit call's outcome; `answered` is false for a timeout or a synchronous throw (no answer at all). */
export interface ToolkitAnswer {
    ok: boolean;
    value: unknown;
    answered: boolean;
}

/** One queued call. */
export interface ToolkitJob {
    method: string;
    args: Record<string, unknown>;
    /** The engine command this call carries out, whose result goes back to the engine. */
    commandId: string | null;
}

// Compile-time agreement of the engine's commands with the one list of toolkit methods: a type
// error here when `OmniCommand` gains or loses a method that TOOLKIT_COMMAND_METHODS does not.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` while the engine's command methods and TOOLKIT_COMMAND_METHODS are the same set. */
export const COMMAND_METHODS_AGREE: Same<OmniCommand['method'], ToolkitCommandMethod> = true;

/** An engine command as the toolkit call that carries it out. */
export function toolkitJob(command: OmniCommand): ToolkitJob {
    return { method: command.method, args: { ...command.args }, commandId: command.id };
}

/**
 * One toolkit call with a timeout (`timeoutMs`, monotonic ms of `clock`); never rejects. A
 * synchronous throw answers at once, as a failure with `answered` false. The call is made first and
 * the timeout armed after it: the timer's cost does not stand before the call (issue 23), and no
 * answer can come before it is armed (the toolkit answers by a promise, in a later microtask).
 */
export function callToolkit(
    toolkit: ToolkitPort,
    clock: Clock,
    timeoutMs: number,
    method: string,
    args: Record<string, unknown> = {}
): Promise<ToolkitAnswer> {
    return new Promise((resolve) => {
        // Set by `finish`, which the toolkit may call before `call` returns (a throw): typed wide, not narrowed.
        let settled = false as boolean;
        let timer: unknown = null;
        const finish = (ok: boolean, value: unknown, answered: boolean) => {
            if (settled) return;
            settled = true;
            clock.clearTimeout(timer);
            resolve({ ok, value, answered });
        };
        try {
            toolkit.call(method, args).then(
                (value) => {
                    finish(true, value, true);
                },
                (error: unknown) => {
                    finish(false, error, true);
                }
            );
        } catch (error) {
            finish(false, error, false);
        }
        if (settled) return;
        timer = clock.setTimeout(() => {
            const failure: RuntimeFailure = 'toolkit-no-answer';
            finish(false, new Error(failure), false);
        }, timeoutMs);
    });
}

/** What the queue needs: the call itself, the driving turn a call is sent in, and where its answer goes. */
export interface ToolkitQueueOptions {
    call: (method: string, args: Record<string, unknown>) => Promise<ToolkitAnswer>;
    /** The runtime's driving turn when a call is sent; handed back with its answer. */
    turn: () => number;
    onAnswer: (job: ToolkitJob, answer: ToolkitAnswer, turn: number) => void;
}

/** The engine's Omni commands, one toolkit call in flight at a time, in the order they came. */
export class ToolkitQueue {
    private readonly jobs: ToolkitJob[] = [];
    private inFlight = false;

    constructor(private readonly options: ToolkitQueueOptions) {}

    enqueue(job: ToolkitJob): void {
        this.jobs.push(job);
        this.pump();
    }

    /** Drops the calls not sent yet (this tab stops driving); one in flight still answers. */
    clear(): void {
        this.jobs.length = 0;
    }

    private pump(): void {
        if (this.inFlight) return;
        const job = this.jobs.shift();
        if (job === undefined) return;
        this.inFlight = true;
        const turn = this.options.turn();
        void this.options.call(job.method, job.args).then((answer) => {
            this.inFlight = false;
            this.options.onAnswer(job, answer, turn);
            this.pump();
        });
    }
}

/** A failure as text for the engine and the audit: an Error's message, a string, or an object's `message`. */
export function errorText(error: unknown): string {
    if (error instanceof Error) return error.message;
    if (typeof error === 'string') return error;
    if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
        return (error as { message: string }).message;
    }
    return 'request-failed';
}
