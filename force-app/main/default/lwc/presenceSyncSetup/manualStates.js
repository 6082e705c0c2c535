// "Enter states by hand" on the Setup page, free of the DOM: each line typed is added, merged into a state the page
// already knows (the same name in other capitals), found already listed, or skipped with why; the page says which.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { stateKey } from './model';

const say = (template, ...values) => formatLabel(template, values);

/** Softphone_State__c and Softphone_Minor_State__c hold 80 characters (their field metadata). */
export const STATE_LENGTH = 80;

/** The reserved marker at a line's end: the admin's own word (a label), and the English and Spanish ones. */
function reservedMarker(labels) {
    const words = [labels.Reserved_Marker, '(reserved)', '(reservado)', '[reserved]']
        .filter(Boolean)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`\\s*(?:${words.join('|')})\\s*$`, 'i');
}

/** One typed line as a state, or why it is not one. */
function readLine(line, marker) {
    let value = line.trim();
    const reserved = marker.test(value);
    value = value.replace(marker, '').trim();
    const [major, ...rest] = value.split('/');
    const minor = rest.join('/').trim();
    if (!/[\p{L}\p{N}]/u.test(value)) return { skip: 'No_Letters' };
    if (major.trim() === '') return { skip: 'No_Major' };
    if (major.trim().length > STATE_LENGTH || minor.length > STATE_LENGTH) return { skip: 'Too_Long' };
    return { state: { major: major.trim(), minor: minor === '' ? null : minor, reserved } };
}

const shown = (state) => (state.minor ? `${state.major} / ${state.minor}` : state.major);

/**
 * The lines of `text` against the states the page knows (`known`: `{ major, minor }`, announced, typed or named by
 * a row). Returns `{ added, lines }`: the states to add, and one sentence per non-blank line in the admin's language.
 */
export function readManualStates(text, known, labels) {
    const marker = reservedMarker(labels);
    const byKey = new Map(known.map((state) => [stateKey(state.major, state.minor), state]));
    const added = [];
    const lines = [];
    `${text ?? ''}`.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '') return;
        const number = index + 1;
        const typed = line.trim();
        const read = readLine(line, marker);
        if (read.skip) {
            lines.push(say(labels[`Manual_Skipped_${read.skip}`], number, typed, STATE_LENGTH));
            return;
        }
        const key = stateKey(read.state.major, read.state.minor);
        const same = byKey.get(key);
        if (same === undefined) {
            byKey.set(key, read.state);
            added.push(read.state);
            lines.push(say(labels.Manual_Added, number, shown(read.state)));
        } else if (shown(same) !== shown(read.state)) {
            lines.push(say(labels.Manual_Merged, number, shown(read.state), shown(same)));
        } else {
            lines.push(say(labels.Manual_Known, number, shown(read.state)));
        }
    });
    return { added, lines };
}
