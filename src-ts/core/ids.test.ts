import { sameId, toId15 } from './ids';

describe('status ids', () => {
    it('cuts an 18-character id to its 15-character form', () => {
        expect(toId15('0N5000000000001AAA')).toBe('0N5000000000001');
    });
    it('treats the 15 and 18 character forms of one id as the same', () => {
        expect(sameId('0N5000000000001', '0N5000000000001AAA')).toBe(true);
        expect(sameId('0N5000000000001', '0N5000000000002')).toBe(false);
    });
    it('rejects values that are not ids', () => {
        expect(toId15('Available')).toBeNull();
        expect(toId15(undefined)).toBeNull();
        expect(sameId(null, null)).toBe(false);
    });
});
