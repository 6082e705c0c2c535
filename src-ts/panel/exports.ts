/**
 * The support exports (B20): the JSON bundle support needs and the decisions as CSV, in the user's
 * language beside the engine's trace.
 */
import { csvCell } from '../core/csv';
import { isConfiguration } from './config-notices';
import { commandFates } from './command-fates';
import { decisionWords } from './decisions';
import { withWrapEnds } from './wrap-ends';
import { configurationRecord, decisionRecord, noticeRecord, sidesRecord } from './export-words';
import { PACKAGE_VERSION } from './package-version';
import { storageCounts } from './storage-notices';
import { panelText } from './text';
import type { DecisionInput, PanelContext, PanelDecision, PanelText, PanelViewInput } from './types';

/** What goes into a support export besides the log. */
export interface SupportBundleInput {
    view: PanelViewInput;
    /** The full audit log of a driving tab; null in a tab that does not drive (it exports what it shows). */
    entries: readonly DecisionInput[] | null;
    /**
     * The configuration as Apex serves it (settings, mappings, statuses, the user's name). A package version
     * given here wins over the one this module was built as (PACKAGE_VERSION).
     */
    configuration: {
        mappings?: ReadonlyArray<Record<string, unknown>>;
        settings?: Record<string, unknown> | null;
        statuses?: ReadonlyArray<unknown>;
        packageVersion?: string | null;
        /** The user's full name (Apex `UserInfo.getName()`). */
        userName?: string | null;
    } | null;
    userId: string;
    /** Milliseconds since the Unix epoch (wall clock) of the export. */
    exportedAt: number;
    /** Words a panel text in the user's language (the panel's labels). */
    say: (panelText: PanelText) => string;
    context: PanelContext;
}

/** The file name of an export: product, kind and the export's date and time (UTC), e.g. `presence-sync-support-2026-11-30-1542.json`. */
export function exportFileName(kind: 'support' | 'decisions', exportedAt: number, extension: 'json' | 'csv'): string {
    const stamp = new Date(exportedAt).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
    return `presence-sync-${kind}-${stamp}.${extension}`;
}

/** Who exported, by name and id, and the versions of the package and of the softphone. */
function exportContext(input: SupportBundleInput): {
    userName: string | null;
    package: string;
    softphone: string | null;
} {
    return {
        userName: input.configuration?.userName ?? null,
        package: input.configuration?.packageVersion ?? PACKAGE_VERSION,
        softphone: input.view.softphone.version ?? null
    };
}

/**
 * The decisions to export, oldest first, each with the panel's words and its event: the number of the first
 * decision the same input made (one agent action is often several decisions; issue 21), so rows can be grouped.
 */
function decisionRows(input: SupportBundleInput): { entry: DecisionInput; words: PanelDecision; event: number }[] {
    const entries = input.entries ?? [...input.view.decisions].reverse();
    const fates = commandFates(entries, input.context.statusLabels);
    // A wrap's end is worded as the softphone's change (wrap-ends.ts); the codes keep what the engine recorded.
    const worded = withWrapEnds(entries);
    let event = { at: Number.NaN, input: '', seq: 0 };
    return entries.map((entry, i) => {
        if (entry.at !== event.at || entry.input !== event.input)
            event = { at: entry.at, input: entry.input, seq: entry.seq };
        return { entry, words: decisionWords(worded[i] ?? entry, input.context, fates), event: event.seq };
    });
}

/** A rule as support reads it: a behaviour id of docs/behaviour.md, or nothing for the engine's own bookkeeping. */
export const ruleId = (rule: string): string => (/^(B|S)\d+$/.test(rule) ? rule : '');

/** What storage lost of the decision log, as the support bundle's `storage` records it (see `storageLosses`). */
export interface StorageLosses {
    /** All decisions storage could not keep: `decisionsMissing` + `decisionsMissingAfterReload`. */
    decisionsNotKept: number;
    /** Of them, an earlier page's: already missing from this bundle's decisions since the last reload. */
    decisionsMissing: number;
    /** Of them, this page's: in this bundle, but missing after the next reload. */
    decisionsMissingAfterReload: number;
    /** Stored decisions that could not be read back at the reload. */
    unreadableDecisions: number;
}

/**
 * What storage lost of the decision log (issue 21), from the storage notice's own diagnostic and split as the notice
 * says it (storage-notices.ts `storageCounts`): the agent who reads "3 … are missing, and 14 more will be missing"
 * and support reading the bundle see the same two numbers, and their sum (src-ts/runtime/saved-state.ts).
 */
function storageLosses(view: SupportBundleInput['view']): StorageLosses {
    const notice = view.diagnostics.find(
        (d) =>
            (d.code === 'state-not-saved' && d.params?.notKept !== undefined) ||
            (d.code === 'audit-not-kept' && d.params?.count !== undefined)
    );
    const { gone, later } = storageCounts(notice?.params?.notKept ?? notice?.params?.count, notice?.params?.missing);
    const corrupted = view.diagnostics.find((d) => d.code === 'audit-corrupted')?.params?.count;
    return {
        decisionsNotKept: gone + later,
        decisionsMissing: gone,
        decisionsMissingAfterReload: later,
        unreadableDecisions: Math.max(0, Number(corrupted) || 0)
    };
}

/**
 * The support bundle as JSON: package and softphone versions, the settings and mapping snapshot,
 * configuration problems, rejected softphone messages by reason, who exported it and when, and every
 * decision with the panel's own words beside the engine's trace.
 */
export function supportBundleJson(input: SupportBundleInput): string {
    const { view, configuration } = input;
    const rows = decisionRows(input);
    const versions = exportContext(input);
    const say = input.say;
    const bundle = {
        product: 'Omni Presence Sync',
        /** Rule ids (B1…B20, S1, S2) are those of the package's behaviour contract, docs/behaviour.md. */
        behaviourContract: 'docs/behaviour.md',
        packageVersion: versions.package,
        exportedAt: new Date(input.exportedAt).toISOString(),
        exportedBy: input.userId,
        exportedByName: versions.userName,
        tab: say(panelText(view.role === 'driver' ? 'Export_Tab_Driving' : 'Export_Tab_Other')),
        ...sidesRecord(view, input.context, say, versions.softphone),
        syncEnabled: view.syncEnabled,
        // The admin's records as Setup holds them (API names and values): codes by nature.
        settings: configuration?.settings ?? null,
        mappings: configuration?.mappings ?? [],
        statuses: configuration?.statuses ?? [],
        configurationProblems: view.diagnostics.filter(isConfiguration).map((d) => configurationRecord(d, say)),
        notices: view.diagnostics.filter((d) => !isConfiguration(d)).map((d) => noticeRecord(d, input.context, say)),
        rejectedMessages: { total: view.rejectedMessages, byReasonCode: { ...view.rejectedByReason } },
        storage: storageLosses(view),
        decisions: rows.map(({ entry, words, event }) => decisionRecord(entry, words, say, event))
    };
    return JSON.stringify(bundle, null, 2);
}

/**
 * The decisions as CSV, outcomes in the panel's words; cells are quoted and spreadsheet formulas defused.
 * `header` names the columns: number, time, rule, rule name, what happened, what the sync did, detail,
 * commands, who acted, then the user (name and id), the package version and the softphone's version, the
 * same on every row so that rows of several agents' files can be put together, and last the event: the number of
 * the event's first decision, the same on every row of one action. A rule that is no behaviour id is left empty.
 */
export function decisionsCsv(input: SupportBundleInput, header: readonly string[]): string {
    const versions = exportContext(input);
    const user = versions.userName === null ? input.userId : `${versions.userName} (${input.userId})`;
    const rows = decisionRows(input).map(({ entry, words, event }) =>
        [
            String(entry.seq),
            new Date(entry.at).toISOString(),
            ruleId(entry.rule),
            input.say(words.ruleName),
            input.say(words.input),
            input.say(words.outcome),
            input.say(words.detail),
            entry.commands.join('; '),
            input.say(words.actor),
            user,
            versions.package,
            versions.softphone ?? '',
            String(event)
        ].map(csvCell)
    );
    return [header.map(csvCell), ...rows].map((row) => row.join(',')).join('\r\n');
}
