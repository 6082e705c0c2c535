/**
 * Text helpers of the panel room: building a panel text, label references, filling a label's
 * placeholders, and the causes the package's own code gives for a failure.
 */
import type { PanelText } from './types';

/** A panel text of a label key and its positional values. */
export const panelText = (key: string, ...params: string[]): PanelText => ({ key, params });

/**
 * A value that is itself a label key when it starts with this marker: the component looks it up
 * before filling it into the sentence (field and type names are translated, record names are not).
 */
export const LABEL_REF = '\u0001';

/** A value that the component words through the label `key`. */
export const labelRef = (key: string): string => `${LABEL_REF}${key}`;

/** Fills {0}, {1}… in a label. Values are inserted as text, never as markup. */
export function formatLabel(
    template: string,
    params: readonly string[],
    named: Readonly<Record<string, string>> = {}
): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        /^\d+$/.test(name)
            ? (params[Number(name)] ?? whole)
            : Object.prototype.hasOwnProperty.call(named, name)
              ? (named[name] ?? whole)
              : whole
    );
}

/**
 * Words a panel text with the given labels: looks the key up, and every parameter that refers to a
 * label (field and record type names) too. A missing label shows its key, never nothing.
 */
export function sayText(labels: Readonly<Record<string, string>>, panelText: PanelText): string {
    const word = (param: string) => (param.startsWith(LABEL_REF) ? (labels[param.slice(1)] ?? param.slice(1)) : param);
    const named: Record<string, string> = {};
    for (const [name, value] of Object.entries(panelText.named ?? {})) named[name] = word(value);
    return formatLabel(labels[panelText.key] ?? panelText.key, panelText.params.map(word), named);
}

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
