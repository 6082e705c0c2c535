/**
 * Text helpers of the panel room: building a panel text, label references, filling a label's
 * placeholders, and the causes the package's own code gives for a failure.
 */
import { LABEL_REF } from '../core/causes';
import type { PanelText } from './types';

export { CAUSES, causeWords, LABEL_REF, labelRef } from '../core/causes';

/**
 * Marks a value as another party's own words (Omni-Channel's or the softphone's reason text, which this package
 * cannot translate): `sayText` quotes it inside the label `Words_<who>` ("Omni-Channel's own words: “…”"), so that a
 * sentence in the user's language says whose words they are (issue 21).
 */
export const THEIR_WORDS = '\u0002';

/** Another party's own words, quoted as theirs: `who` is `omni` or `softphone` (label `Words_<who>`). */
export const theirWords = (who: 'omni' | 'softphone', text: string): string =>
    `${THEIR_WORDS}${who}${THEIR_WORDS}${text}`;

/** A panel text of a label key and its positional values. */
export const panelText = (key: string, ...params: string[]): PanelText => ({ key, params });

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
 * label (field and record type names) too; another party's words (`theirWords`) are quoted as theirs. A
 * panel text of `parts` says each part in turn (one event's several decisions, decision-rows.ts). A missing
 * label shows its key, never nothing.
 */
export function sayText(labels: Readonly<Record<string, string>>, panelText: PanelText): string {
    if (panelText.parts !== undefined) return panelText.parts.map((part) => sayText(labels, part)).join(' ');
    const word = (param: string) => {
        if (param.startsWith(LABEL_REF)) return labels[param.slice(1)] ?? param.slice(1);
        if (!param.startsWith(THEIR_WORDS)) return param;
        const [, who = '', text = ''] = param.split(THEIR_WORDS);
        return formatLabel(labels[`Words_${who}`] ?? '“{0}”', [text]);
    };
    const named: Record<string, string> = {};
    for (const [name, value] of Object.entries(panelText.named ?? {})) named[name] = word(value);
    return formatLabel(labels[panelText.key] ?? panelText.key, panelText.params.map(word), named);
}
