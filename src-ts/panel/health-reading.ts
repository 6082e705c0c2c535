/**
 * Which condition of the agent's sync a view shows, for the sync health report (health-report.ts, issue 24): the
 * most serious problem first, or healthy; and the only details a report carries (state and status names and a
 * softphone error code, never the softphone's sentences).
 */
import type { DiagnosticInput, PanelViewInput } from './types';

/** What a report says the agent's sync is in: the contract's `condition`. */
export type HealthCondition =
    | 'healthy'
    | 'never-connected'
    | 'softphone-lost'
    | 'sides-differ'
    | 'command-refused'
    | 'command-timed-out'
    | 'unmapped'
    | 'held-dropped'
    | 'storage-failing'
    | 'config-problems';

/** Presence status and softphone state names, and a softphone error code: every field optional. */
export interface HealthDetail {
    omni?: string;
    softphone?: string;
    code?: string;
}

/** The causes of a command that got no answer at all (src-ts/core/causes.ts): timed out, not refused. */
const NO_ANSWER = ['toolkit-no-answer', 'softphone-no-answer'];
/** A softphone or toolkit reason that is a code (`E4711`, `busy`), not a sentence: the only text a report carries. */
const ERROR_CODE = /^[A-Za-z0-9_.:-]{1,40}$/;
const STORAGE = ['state-not-saved', 'audit-not-kept'];
const UNMAPPED = ['unmapped-state', 'unmapped-status'];

/** The condition a view shows, and its detail; null while it is not known yet (not driving, softphone loading). */
export interface HealthReading {
    condition: HealthCondition;
    detail: HealthDetail;
    configProblems: number;
}

const has = (diagnostics: readonly DiagnosticInput[], codes: readonly string[]) =>
    diagnostics.find((d) => codes.includes(d.code));

/**
 * The problem a view shows, the most serious first, or healthy; null while it is not known yet. `configUnread`: the
 * panel could not read the configuration (the sync is off): `config-problems`, whatever the softphone does.
 */
export function healthReading(view: PanelViewInput, configUnread = false): HealthReading | null {
    if (view.role !== 'driver') return null;
    const diagnostics = view.diagnostics;
    const detail: HealthDetail = {};
    if (view.omni.status) detail.omni = view.omni.status;
    if (view.softphone.state) detail.softphone = view.softphone.state;
    const configProblems = diagnostics.filter((d) => d.code === 'config').length;
    const reading = (condition: HealthCondition): HealthReading => ({ condition, detail, configProblems });
    if (configUnread) return { condition: 'config-problems', detail, configProblems: Math.max(1, configProblems) };
    const bridge = view.softphone.bridge;
    if (bridge === 'connecting') return null;
    if (bridge === 'noHandshake' || bridge === 'rejected') return reading('never-connected');
    if (bridge === 'lost') return reading('softphone-lost');
    const failed = diagnostics.find((d) => d.code === 'command-failed');
    if (failed) {
        const reason = failed.params?.reason ?? '';
        if (reason !== '' && ERROR_CODE.test(reason)) detail.code = reason;
        return reading(NO_ANSWER.includes(reason) ? 'command-timed-out' : 'command-refused');
    }
    if (has(diagnostics, ['held-dropped'])) return reading('held-dropped');
    if (has(diagnostics, STORAGE)) return reading('storage-failing');
    if (has(diagnostics, UNMAPPED)) return reading('unmapped');
    if (view.sidesDiffer === true) return reading('sides-differ');
    if (configProblems > 0) return reading('config-problems');
    return reading('healthy');
}
