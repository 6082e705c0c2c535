/**
 * A refused or failed command in the agent's words (issue 21): the agent's own pick, held for the call's end and
 * refused, said as not applied and naming the status; a work item's action; or the side that did not take the
 * change. The softphone's or the toolkit's own reason ("busy: on a call") is quoted as theirs, beside a sentence in
 * the agent's language, never as the sentence. The row is the engine's `commandFailed` (src-ts/engine/notice-table.ts);
 * its wording lives here, in the panel's module, not in the console's.
 */
import { CAUSES, causeWords, labelRef } from '../core/causes';
import {
    commandSide,
    stateOf,
    statusOf,
    type NoticeContext,
    type NoticeInput,
    type NoticeWords
} from '../engine/notice-table';

/**
 * A reason that is the softphone's or the toolkit's own text (ContactPad's "busy: on a call"), not a cause of the
 * package's own code: shown as their words, quoted beside a sentence in the agent's language (issue 21).
 */
export function vendorReason(reason: string | undefined): reason is string {
    return reason !== undefined && reason !== '' && !CAUSES.includes(reason);
}

/** The softphone by its name (its handshake's vendor and product), else the word "Softphone". */
const softphoneName = (context: NoticeContext): string => context.softphoneProduct || labelRef('Softphone_Heading');

/**
 * A refused or failed command: the agent's own held pick said as not applied, a work item's action, or the side
 * that did not take the change; the vendor's or the toolkit's own words quoted as theirs.
 */
export function commandFailedWords(d: NoticeInput, context: NoticeContext): NoticeWords {
    const p = d.params ?? {};
    const vendor = vendorReason(p.reason);
    const said = p.reason ?? '';
    const reason = p.reason === undefined ? d.message : causeWords(p.reason);
    if (p.picked !== undefined && commandSide(d) === 'softphone') {
        // Refused at the call's end (one refused during the next call is held again, B11): Omni-Channel already
        // shows the pick, and the softphone stayed where it is. Said as such, and what to do now, not after a call.
        const picked = context.statusLabels?.[p.picked] ?? p.picked;
        const stayed = context.softphoneState ?? labelRef('Logged_Out');
        return vendor
            ? ['Notice_picked_not_applied_vendor', picked, softphoneName(context), said, stayed]
            : ['Notice_picked_not_applied', picked, softphoneName(context), reason, stayed];
    }
    if (p.side === undefined && d.subject !== 'omni' && d.subject !== 'softphone') {
        // A work item's command (B19): to Omni-Channel (the softphone's accept, decline or close) or the softphone.
        const toOmni = (p.command ?? d.subject).startsWith('omni ');
        return toOmni
            ? ['Notice_work_failed_omni', vendor ? `“${said}”` : reason]
            : ['Notice_work_failed_softphone', softphoneName(context), vendor ? `“${said}”` : reason];
    }
    const omni = commandSide(d) === 'omni';
    const what =
        p.status !== undefined ? statusOf(d, context) : p.state !== undefined ? stateOf(d) : (p.command ?? d.subject);
    if (vendor)
        return omni
            ? ['Notice_command_failed_omni_vendor', what, said]
            : ['Notice_command_failed_vendor', what, softphoneName(context), said];
    return [omni ? 'Notice_command_failed_omni' : 'Notice_command_failed', what, reason];
}
