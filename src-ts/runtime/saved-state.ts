/**
 * What the runtime keeps in storage beside the engine state so that a standing Omni-Channel logout
 * survives what the 25-ms save may not (a reload inside the save delay, a state too large to save)
 * and so that a save that fails is shown to the agent, never silently turned into a login at the
 * next start (B15, B16). Storage is the browser's `localStorage`, which may throw on any call
 * (blocked, or full: MDN "Storage.setItem()", QuotaExceededError).
 */
import type { Diagnostic, EngineState } from '../engine/types';

/** The suffix of the small key that says an Omni-Channel logout stands: `<state key>:logoutStands`. */
export const LOGOUT_MARKER_SUFFIX = ':logoutStands';

/**
 * How far in the future a save's wall-clock time (`savedAt`, milliseconds since the epoch) may be and
 * still be believed: a little clock drift between tabs. A save from further in the future has no
 * known age, so it is not resumed as fresh.
 */
export const FUTURE_SAVE_TOLERANCE_MS = 60_000;

/** The part of storage the runtime uses. */
export interface StoragePort {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
}

/**
 * Writes `value` under `key`: true once written, false when storage is full (`isQuotaError`). Any other error (storage
 * blocked) is thrown with `otherErrors` 'throw', answered false with 'refuse'.
 */
export function writeItem(storage: StoragePort, key: string, value: string, otherErrors: 'throw' | 'refuse'): boolean {
    try {
        storage.setItem(key, value);
        return true;
    } catch (error) {
        if (otherErrors === 'refuse' || isQuotaError(error)) return false;
        throw error;
    }
}

/**
 * Whether a Web Storage write failed for want of room: `QuotaExceededError` (Firefox before 2020:
 * `NS_ERROR_DOM_QUOTA_REACHED`), https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem#exceptions.
 */
export function isQuotaError(error: unknown): boolean {
    const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Writes (or removes) the logout marker at once: small, so that it fits where the whole state did not.
 * Returns the error text when storage refused, else null.
 */
export function writeLogoutMarker(storage: StoragePort, stateKey: string, stands: boolean): string | null {
    const key = `${stateKey}${LOGOUT_MARKER_SUFFIX}`;
    try {
        if (stands) storage.setItem(key, '1');
        else storage.removeItem(key);
        return null;
    } catch (error) {
        return error instanceof Error ? error.message || error.name : String(error);
    }
}

/** Whether the logout marker is set; false when storage cannot be read. */
export function logoutMarked(storage: StoragePort, stateKey: string): boolean {
    try {
        return storage.getItem(`${stateKey}${LOGOUT_MARKER_SUFFIX}`) === '1';
    } catch {
        return false;
    }
}

/**
 * The age of a save, in milliseconds, from its wall-clock `savedAt` and the wall clock now; null when
 * the save claims a time further in the future than FUTURE_SAVE_TOLERANCE_MS (its age is unknown).
 */
export function savedAgeMs(wallNow: number, savedAt: number): number | null {
    if (savedAt - wallNow > FUTURE_SAVE_TOLERANCE_MS) return null;
    return Math.max(0, wallNow - savedAt);
}

/**
 * The state to start from with the logout marker honoured: a logout that stood when the last page
 * saved its marker still stands, even if the state itself was not saved or could not be read (B16).
 */
export function withMarkedLogout(state: EngineState, marked: boolean): EngineState {
    if (!marked || state.omni.logoutStands === true) return state;
    return { ...state, omni: { ...state.omni, logoutStands: true } };
}

/** The panel's notice for a save that failed (code `state-not-saved`), naming storage's error. */
export function stateNotSavedDiagnostic(reason: string): Diagnostic {
    return {
        code: 'state-not-saved',
        key: 'stateNotSaved',
        severity: 'warning',
        subject: 'storage',
        message: `the sync's state could not be saved: ${reason}`,
        params: { reason }
    };
}

/**
 * The panel's notices for storage (issue 21): a save that failed (code `state-not-saved`, with how many decisions
 * were not kept when the audit lost some too: said once), decisions the audit ring could not keep while the state
 * was saved (`audit-not-kept`), and slots unreadable at the reload (`audit-corrupted`). The counts are in the
 * diagnostics' params, which the support export carries: `notKept`/`count` all decisions not kept, `missing` those of
 * them an earlier page lost (already gone since the reload; the rest go at the next one).
 */
export function storageDiagnostics(
    problem: string | null,
    faults: { notKept: number; corrupted: number; missing?: number }
): Diagnostic[] {
    const out: Diagnostic[] = [];
    const missing = Math.min(faults.missing ?? 0, faults.notKept);
    const gone: Record<string, string> = missing > 0 ? { missing: String(missing) } : {};
    if (problem !== null) {
        const saved = stateNotSavedDiagnostic(problem);
        out.push(
            faults.notKept > 0
                ? { ...saved, params: { reason: problem, notKept: String(faults.notKept), ...gone } }
                : saved
        );
    } else if (faults.notKept > 0)
        out.push({
            code: 'audit-not-kept',
            key: 'auditNotKept',
            severity: 'info',
            subject: 'storage',
            message: `${faults.notKept} decisions could not be kept in storage`,
            params: { count: String(faults.notKept), ...gone }
        });
    if (faults.corrupted > 0)
        out.push({
            code: 'audit-corrupted',
            key: 'auditCorrupted',
            severity: 'info',
            subject: 'storage',
            message: `${faults.corrupted} stored decisions could not be read`,
            params: { count: String(faults.corrupted) }
        });
    return out;
}
