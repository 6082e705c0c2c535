import { decisionList } from '../decisionList';

const row = (id, routine) => ({ id: String(id), sentence: `decision ${id}`, routine });

describe('the decisions list: confirmations and echoes hidden until the agent shows them', () => {
    const decisions = [row(1, false), row(2, true), row(3, true), row(4, false)];

    it('hides confirmations and echoes by default', () => {
        const list = decisionList(decisions, false);
        expect(list.decisions.map((d) => d.id)).toEqual(['1', '4']);
        expect(list.hasDecisions).toBe(true);
        expect(list.hasRoutine).toBe(true);
    });

    it('shows every decision when asked', () => {
        expect(decisionList(decisions, true).decisions).toEqual(decisions);
    });

    it('a list of confirmations only shows as empty until asked', () => {
        const list = decisionList([row(1, true)], false);
        expect(list.hasDecisions).toBe(false);
        expect(decisionList([row(1, true)], true).hasDecisions).toBe(true);
        expect(decisionList(undefined, false).decisions).toEqual([]);
    });
});
