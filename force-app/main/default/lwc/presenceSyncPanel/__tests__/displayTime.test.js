// Decision times in the panel: in the user's Salesforce locale, worded once per decision and view.
import LOCALE from '@salesforce/i18n/locale';
import { decisionTime, displayModel } from '../display';

const text = (key) => ({ key, params: [] });

/** A panel model with `count` decisions, a minute apart. */
function modelWith(count) {
    return {
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
        decisions: Array.from({ length: count }, (_, i) => ({
            id: String(i + 1),
            at: 1_700_000_000_000 + i * 60_000,
            rule: 'B1',
            ruleName: text('Rule_B1'),
            input: text('Input'),
            outcome: text('Outcome'),
            detail: text('Detail'),
            routine: false
        })),
        rejected: null,
        rejectedByReason: [],
        canTakeOver: false,
        tabHint: null,
        noSoftphone: null,
        reloadSoftphone: false
    };
}

describe('decision times', () => {
    afterEach(() => {
        jest.restoreAllMocks();
    });

    it("words a time as toLocaleTimeString does in the user's locale", () => {
        for (const at of [0, 1_700_000_000_000, Number.NaN])
            expect(decisionTime(at)).toBe(new Date(at).toLocaleTimeString(LOCALE));
    });

    it('words each decision time once per view, in its time and in its line', () => {
        const worded = jest.spyOn(Date.prototype, 'toLocaleTimeString');
        const display = displayModel({ role: 'driver' }, modelWith(20), (t) => t.key);
        expect(worded).toHaveBeenCalledTimes(20);
        const first = display.decisions[0];
        expect(first.time).toBe(new Date(1_700_000_000_000).toLocaleTimeString(LOCALE));
        expect(first.meta).toBe(`${first.time} · B1 Rule_B1`);
    });
});
