// Issue 23: the open panel words only the decisions-list rows the panel model gave anew; a row it kept (the same
// object) keeps its item, and the same list and toggle give the same list to the template.
import { decisionList } from '../decisionList';
import { displayModel } from '../display';

const text = (key, ...params) => ({ key, params });
const say = (t) => [t.key, ...t.params].join(' ');

const row = (seq, outcome = 'Outcome_changed') => ({
    id: String(seq),
    at: 1_700_000_000_000 + seq * 60_000,
    rule: 'B1',
    ruleName: text('Rule_B1'),
    input: text('Input', String(seq)),
    outcome: text(outcome),
    detail: text('Detail'),
    routine: false
});

/** A panel model with these rows (newest first). */
const modelWith = (decisions) => ({
    headline: text('Health_Ok'),
    tone: 'success',
    omni: text('Value'),
    omniDot: 'online',
    softphone: text('Value'),
    softphoneDot: 'ready',
    connection: text('Bridge_Connected'),
    softphoneProduct: null,
    onInteraction: false,
    held: null,
    heldLine: null,
    notices: [],
    decisions,
    rejected: null,
    rejectedByReason: [],
    canTakeOver: false,
    tabHint: null,
    noSoftphone: null,
    reloadSoftphone: false
});

const VIEW = { role: 'driver' };

describe('the decisions list: only new or changed rows are worded', () => {
    afterEach(() => jest.restoreAllMocks());

    it('gives the same items for the same rows', () => {
        const rows = [row(2), row(1)];
        const first = displayModel(VIEW, modelWith(rows), say).decisions;
        expect(displayModel(VIEW, modelWith(rows), say).decisions).toBe(first);
    });

    it('keeps the items of kept rows and words only the new one', () => {
        const older = [row(2), row(1)];
        const before = displayModel(VIEW, modelWith(older), say).decisions;
        const worded = jest.spyOn(Date.prototype, 'toLocaleTimeString');
        const after = displayModel(VIEW, modelWith([row(3), ...older]), say).decisions;
        expect(worded).toHaveBeenCalledTimes(1);
        expect(after[1]).toBe(before[0]);
        expect(after[2]).toBe(before[1]);
        expect(after[0].sentence).toBe('Input 3 Outcome_changed');
    });

    it('words a row the model gave anew, with its new words', () => {
        const before = displayModel(VIEW, modelWith([row(1)]), say).decisions;
        const after = displayModel(VIEW, modelWith([row(1, 'Outcome_confirmed')]), say).decisions;
        expect(after[0]).not.toBe(before[0]);
        expect(before[0].sentence).toBe('Input 1 Outcome_changed');
        expect(after[0].sentence).toBe('Input 1 Outcome_confirmed');
    });

    it('words a kept row again in another language', () => {
        const rows = [row(1)];
        displayModel(VIEW, modelWith(rows), say);
        const other = displayModel(VIEW, modelWith(rows), (t) => `¡${say(t)}!`).decisions;
        expect(other[0].sentence).toBe('¡Input 1! ¡Outcome_changed!');
    });

    it('gives the template the same list for the same items and toggle, a new one when either changes', () => {
        const rows = [row(2), { ...row(1), routine: true }];
        const items = displayModel(VIEW, modelWith(rows), say).decisions;
        const hidden = decisionList(items, false);
        expect(decisionList(items, false)).toBe(hidden);
        expect(hidden.decisions.map((d) => d.id)).toEqual(['2']);
        const shown = decisionList(items, true);
        expect(shown).not.toBe(hidden);
        expect(shown.decisions.map((d) => d.id)).toEqual(['2', '1']);
        const more = displayModel(VIEW, modelWith([row(3), ...rows]), say).decisions;
        expect(decisionList(more, true).decisions.map((d) => d.id)).toEqual(['3', '2', '1']);
    });
});
