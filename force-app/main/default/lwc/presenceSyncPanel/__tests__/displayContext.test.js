// Issue 23: the panel gives the panel model the same frozen context while what it is built from is the same, so that
// the model tells a decisions-list row's inputs unchanged by identity (src-ts/panel/row-memo.ts); a label learnt
// (the learnt labels change in place), a configuration read again or another Softphone URL gives a new one.
import { panelContextOf } from '../display';

const configuration = () => ({
    statuses: [
        { developerName: 'Available', label: 'Available', hasChannels: true },
        { developerName: 'Lunch', label: 'Lunch', hasChannels: false }
    ]
});

describe('panelContextOf', () => {
    it('gives the same frozen context, labels and busy statuses for the same inputs', () => {
        const read = configuration();
        const learnt = { Break: 'Break' };
        const first = panelContextOf(read, learnt, 'https://pad.example.com/app');
        const again = panelContextOf(read, learnt, 'https://pad.example.com/app');
        expect(again).toBe(first);
        expect(Object.isFrozen(first)).toBe(true);
        expect(Object.isFrozen(first.statusLabels)).toBe(true);
        expect(Object.isFrozen(first.busyStatuses)).toBe(true);
        expect(first.statusLabels).toEqual({ Break: 'Break', Available: 'Available', Lunch: 'Lunch' });
        expect(first.busyStatuses).toEqual({ Available: false, Lunch: true });
    });

    it('gives a new context when a label is learnt in place, when the configuration is read again or the URL changes', () => {
        const read = configuration();
        const learnt = { Break: 'Break' };
        const first = panelContextOf(read, learnt, 'https://pad.example.com/app');
        learnt.Meeting = 'Meeting';
        const learntOne = panelContextOf(read, learnt, 'https://pad.example.com/app');
        expect(learntOne).not.toBe(first);
        expect(learntOne.statusLabels.Meeting).toBe('Meeting');
        const reread = panelContextOf(configuration(), learnt, 'https://pad.example.com/app');
        expect(reread).not.toBe(learntOne);
        const moved = panelContextOf(configuration(), learnt, 'https://other.example.com/app');
        expect(moved.softphoneOrigin).toBe('https://other.example.com');
    });
});
