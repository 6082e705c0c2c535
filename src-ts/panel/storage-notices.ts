/**
 * The storage notices in the agent's words, true at the moment they show (issue 21): decisions an earlier page could
 * not keep are already missing since the reload ("are missing"), this page's go at the next reload ("will be
 * missing"). The counts come from the runtime (src-ts/runtime/saved-state.ts `storageDiagnostics`): `notKept` (or
 * `count`) all decisions not kept, `missing` those of them already gone. The rows are the engine's `stateNotSaved`
 * and `auditNotKept` (src-ts/engine/notice-table.ts); their wording lives here, in the panel's module.
 */
import { ENGINE_NOTICES, type NoticeInput, type NoticeRow, type NoticeWords } from '../engine/notice-table';

/** All decisions not kept, and of them those already missing (an earlier page's) and those still to go (this one's). */
export function storageCounts(total: string | undefined, missing: string | undefined): { gone: number; later: number } {
    const all = Math.max(0, Number(total) || 0);
    const gone = Math.min(all, Math.max(0, Number(missing) || 0));
    return { gone, later: all - gone };
}

/** Storage full for the state and the decisions alike (said once), or the state alone not saved. */
export function stateNotSavedWords(d: NoticeInput): NoticeWords {
    if (d.params?.notKept === undefined) return ['Notice_state_not_saved', d.params?.reason ?? d.message];
    const { gone, later } = storageCounts(d.params.notKept, d.params.missing);
    if (gone === 0) return ['Notice_storage_full', String(later)];
    if (later === 0) return ['Notice_storage_full_was', String(gone)];
    return ['Notice_storage_full_missing', String(later), String(gone)];
}

/** Decisions the audit could not keep while the state was saved. */
export function auditNotKeptWords(d: NoticeInput): NoticeWords {
    const { gone, later } = storageCounts(d.params?.count, d.params?.missing);
    if (gone === 0) return ['Notice_audit_not_kept', String(later)];
    if (later === 0) return ['Notice_audit_missing', String(gone)];
    return ['Notice_audit_not_kept_missing', String(later), String(gone)];
}

/** The engine's two storage rows, worded here. */
export const STORAGE_NOTICES = {
    stateNotSaved: {
        ...ENGINE_NOTICES.stateNotSaved,
        wording: [
            'Notice_state_not_saved',
            'Notice_storage_full',
            'Notice_storage_full_was',
            'Notice_storage_full_missing'
        ],
        say: stateNotSavedWords
    },
    auditNotKept: {
        ...ENGINE_NOTICES.auditNotKept,
        wording: ['Notice_audit_not_kept', 'Notice_audit_missing', 'Notice_audit_not_kept_missing'],
        say: auditNotKeptWords
    }
} as const satisfies Record<'stateNotSaved' | 'auditNotKept', NoticeRow>;
