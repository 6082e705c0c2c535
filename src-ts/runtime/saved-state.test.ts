/** One storage write that may be refused (saved-state.ts `writeItem`): full storage answers false; blocked storage is thrown or refused, as the caller asks. */
import { writeItem, type StoragePort } from './saved-state';

function refusing(error: Error | null): StoragePort & { map: Map<string, string> } {
    const map = new Map<string, string>();
    return {
        map,
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            if (error !== null) throw error;
            map.set(key, value);
        },
        removeItem: (key) => void map.delete(key)
    };
}

describe('writeItem', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const blocked = new DOMException('The operation is insecure.', 'SecurityError');

    it('writes the value and answers true', () => {
        const storage = refusing(null);
        expect(writeItem(storage, 'k', 'v', 'throw')).toBe(true);
        expect(storage.map.get('k')).toBe('v');
    });

    it('answers false when storage is full, whichever the caller asks for other errors', () => {
        expect(writeItem(refusing(full), 'k', 'v', 'throw')).toBe(false);
        expect(writeItem(refusing(full), 'k', 'v', 'refuse')).toBe(false);
        expect(
            writeItem(
                refusing(Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })),
                'k',
                'v',
                'throw'
            )
        ).toBe(false);
    });

    it("throws storage's other errors with 'throw', answers false with 'refuse'", () => {
        expect(() => writeItem(refusing(blocked), 'k', 'v', 'throw')).toThrow(blocked);
        expect(writeItem(refusing(blocked), 'k', 'v', 'refuse')).toBe(false);
    });
});
