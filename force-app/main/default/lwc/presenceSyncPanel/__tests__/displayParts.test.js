// Issue 23: the parts of the display model the panel's child components show (headline, sides, live region) are the
// same objects as in the previous display model while they say the same, so LWC does not render those children again;
// a part that says anything else is a new object.
import { displayModel, sameDisplay } from '../display';

const text = (key, ...params) => ({ key, params });
const say = (t) => [t.key, ...t.params].join(' ');

const model = (changes = {}) => ({
    headline: text('Health_Ok'),
    tone: 'success',
    omni: text('Value', 'Lunch'),
    omniDot: 'busy',
    softphone: text('Value', 'Away / Lunch'),
    softphoneDot: 'busy',
    connection: text('Bridge_Connected'),
    softphoneProduct: null,
    onInteraction: false,
    held: null,
    heldLine: null,
    notices: [{ id: 'n1', key: 'Notice_storage', params: [], severity: 'info', dismiss: 'storage:1' }],
    decisions: [],
    rejected: null,
    rejectedByReason: [],
    canTakeOver: false,
    tabHint: null,
    noSoftphone: null,
    reloadSoftphone: false,
    ...changes
});

const VIEW = { role: 'driver' };

describe('the display model keeps the parts that say the same', () => {
    it('gives the previous headline, sides and live region when the view says the same', () => {
        const first = displayModel(VIEW, model(), say, null);
        const second = displayModel(VIEW, model(), say, first);
        expect(second).not.toBe(first);
        expect(second.headline).toBe(first.headline);
        expect(second.sides).toBe(first.sides);
        expect(second.live).toBe(first.live);
    });

    it('gives new sides when a side changed, and keeps the headline and the live region', () => {
        const first = displayModel(VIEW, model(), say, null);
        const second = displayModel(VIEW, model({ omni: text('Value', 'Break'), omniDot: 'online' }), say, first);
        expect(second.sides).not.toBe(first.sides);
        expect(second.sides.omni).toBe('Value Break');
        expect(second.sides.omniDotClass).toBe('dot dot-online');
        expect(second.headline).toBe(first.headline);
        expect(second.live).toBe(first.live);
    });

    it('gives a new headline or live region when its words change', () => {
        const first = displayModel(VIEW, model(), say, null);
        const held = displayModel(
            VIEW,
            model({ headline: text('Health_Held', 'Lunch'), tone: 'info', held: text('Held'), heldLine: text('Line') }),
            say,
            first
        );
        expect(held.headline).not.toBe(first.headline);
        expect(held.headline.text).toBe('Health_Held Lunch');
        expect(held.live).not.toBe(first.live);
        expect(held.live.heldLine).toBe('Line');
        expect(held.sides).toBe(first.sides);
        const noticeChanged = displayModel(
            VIEW,
            model({ notices: [{ id: 'n1', key: 'Notice_storage', params: [], severity: 'warning', dismiss: null }] }),
            say,
            first
        );
        expect(noticeChanged.live).not.toBe(first.live);
        expect(noticeChanged.live.notices[0].variant).toBe('warning');
    });

    it('words the parts again in another language', () => {
        const first = displayModel(VIEW, model(), say, null);
        const other = displayModel(VIEW, model(), (t) => `¡${say(t)}!`, first);
        expect(other.headline).not.toBe(first.headline);
        expect(other.headline.text).toBe('¡Health_Ok!');
    });
});

describe('sameDisplay', () => {
    it('compares plain data by value', () => {
        expect(sameDisplay({ a: 'x', b: [1, { c: null }] }, { a: 'x', b: [1, { c: null }] })).toBe(true);
        expect(sameDisplay({ a: 'x', v: undefined }, { a: 'x', v: undefined })).toBe(true);
        expect(sameDisplay({ a: 'x' }, { a: 'y' })).toBe(false);
        expect(sameDisplay({ a: 'x' }, { a: 'x', b: 1 })).toBe(false);
        expect(sameDisplay({ a: 'x', v: undefined }, { a: 'x', w: undefined })).toBe(false);
        expect(sameDisplay([1, 2], [1, 2, 3])).toBe(false);
        expect(sameDisplay([], {})).toBe(false);
        expect(sameDisplay(null, {})).toBe(false);
        expect(sameDisplay(false, 0)).toBe(false);
    });
});
