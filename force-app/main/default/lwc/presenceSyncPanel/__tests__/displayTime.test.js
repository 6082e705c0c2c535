// Decision times in the panel: the words of toLocaleTimeString in the user's Salesforce locale, from one formatter
// made once for every view.
import LOCALE from '@salesforce/i18n/locale';
import { decisionTime } from '../display';

describe('decision times', () => {
    afterEach(() => {
        jest.restoreAllMocks();
    });

    it("words each time as toLocaleTimeString does in the user's locale, an unreadable one included", () => {
        const times = [
            0,
            1_700_000_000_000,
            1_700_000_000_000 + 13 * 3_600_000 + 59_999,
            Date.UTC(2026, 11, 7, 23, 5, 9)
        ];
        for (const at of times) expect(decisionTime(at)).toBe(new Date(at).toLocaleTimeString(LOCALE));
        for (const at of [Number.NaN, Infinity, undefined]) expect(decisionTime(at)).toBe('Invalid Date');
    });

    it('makes one formatter for every view', () => {
        jest.isolateModules(() => {
            const made = jest.spyOn(Intl, 'DateTimeFormat');
            const fresh = require('../display');
            for (let at = 0; at < 40 * 60_000; at += 60_000) fresh.decisionTime(1_700_000_000_000 + at);
            expect(made).toHaveBeenCalledTimes(1);
        });
    });
});
