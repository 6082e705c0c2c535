/**
 * How a value that is itself a label key travels inside a sentence's values, and the causes the package's own
 * code gives for a failure. Shared by the engine's notice table (src-ts/engine/notice-table.ts) and the panel room
 * (src-ts/panel/text.ts re-exports them), so that the engine reads its notice wording without importing the panel.
 */

/**
 * A value that is itself a label key when it starts with this marker: the component looks it up
 * before filling it into the sentence (field and type names are translated, record names are not).
 */
export const LABEL_REF = '\u0001';

/** A value that the component words through the label `key`. */
export const labelRef = (key: string): string => `${LABEL_REF}${key}`;

/**
 * The causes the package's own code gives for a failure (a command the bridge host could not deliver,
 * a toolkit that did not answer, a malformed Omni event, a lost softphone connection): each is worded
 * by the label `Cause_<code with _ for ->`. Any other reason is the platform's or the softphone's own
 * text and is shown as it is.
 */
export const CAUSES: readonly string[] = [
    'event-no-name',
    'event-unknown',
    'event-params',
    'event-unreadable',
    'softphone-not-connected',
    'softphone-no-answer',
    'frame-reloaded',
    'heartbeat-lost',
    'protocol-unsupported',
    'softphone-closed',
    'softphone-resynced',
    'bridge-stopped',
    'toolkit-no-answer',
    'no-softphone-configured',
    'request-failed',
    // PresenceSyncController.getConfiguration's failure, without the exception's text (security review).
    'configuration-unreadable'
];

/** A failure's reason in words: a cause of the package's own code as its label, any other text as it is. */
export function causeWords(reason: string): string {
    if (reason === '') return labelRef('No_reason');
    return CAUSES.includes(reason) ? labelRef(`Cause_${reason.replace(/-/g, '_')}`) : reason;
}
