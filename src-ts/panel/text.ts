/**
 * Text helpers of the panel room: building a panel text, label references, filling a label's
 * placeholders, and the causes the package's own code gives for a failure.
 */
import { LABEL_REF } from '../core/causes';
import type { PanelText } from './types';

export { CAUSES, causeWords, LABEL_REF, labelRef } from '../core/causes';

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
 * label (field and record type names) too. A missing label shows its key, never nothing.
 */
export function sayText(labels: Readonly<Record<string, string>>, panelText: PanelText): string {
    const word = (param: string) => (param.startsWith(LABEL_REF) ? (labels[param.slice(1)] ?? param.slice(1)) : param);
    const named: Record<string, string> = {};
    for (const [name, value] of Object.entries(panelText.named ?? {})) named[name] = word(value);
    return formatLabel(labels[panelText.key] ?? panelText.key, panelText.params.map(word), named);
}
