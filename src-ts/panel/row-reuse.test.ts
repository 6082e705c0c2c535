/**
 * Issue 23: the open panel rewords only the decisions-list rows whose inputs changed. A row is the same object while
 * its audit entries, the context fields it read and the fates of the commands it named are the same; the list is the
 * same array while every row is; any changed input gives the row its new words.
 */
import { panelModel } from './model';
import { sayText } from './text';
import type { DecisionInput, PanelContext, PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';
import { EN } from '../test-support/panel-labels';

/** A fresh context per view, as the panel builds one (panelContextOf copies its status labels every time). */
const context = (labels: Record<string, string> = {}): PanelContext => ({
    canConfigure: false,
    statusLabels: { Lunch: 'Lunch', Available: 'Available', ...labels }
});

const view = (decisions: DecisionInput[]): PanelViewInput =>
    inSyncView({
        omni: { presence: 'online', status: 'Lunch', label: 'Lunch' },
        softphone: { ...inSyncView().softphone, product: 'ContactPad' },
        decisions: [...decisions].reverse()
    });

const at = 1_796_598_156_970;
/** The agent picks Lunch in Omni-Channel; the sync sends the softphone to Away / Lunch (command s5). */
const PICK: DecisionInput = {
    seq: 10,
    at,
    input: 'omni statusChanged Lunch (OmniManualStatusChange)',
    inputKind: 'omni.statusChanged',
    inputParams: { status: 'Lunch', statusLabel: 'Lunch', reason: 'OmniManualStatusChange' },
    rule: 'B2',
    outcome: 'command',
    outcomeParams: { side: 'softphone', command: 'setState', id: 's5', state: 'Away', minor: 'Lunch' },
    detailKey: 'set_softphone',
    detailParams: { softphone: 'Away / Lunch' },
    commands: ['softphone setState Away / Lunch']
};
/** The softphone's answer to s5. */
const LANDED: DecisionInput = {
    seq: 11,
    at: at + 40,
    input: 'result s5 ok',
    inputKind: 'result',
    inputParams: { command: 's5', ok: 'true' },
    rule: 'B2',
    outcome: 'confirmed',
    detailKey: 'softphone_confirmed',
    detailParams: { softphone: 'Away / Lunch' },
    commands: []
};
/** The agent goes Ready on the softphone; the sync sets Omni-Channel to Available (command o7, no answer yet). */
const READY: DecisionInput = {
    seq: 12,
    at: at + 5_000,
    input: 'softphone stateChanged Ready (agent)',
    inputKind: 'softphone.stateChanged',
    inputParams: { state: 'Ready', cause: 'agent' },
    rule: 'B1',
    outcome: 'command',
    outcomeParams: { side: 'omni', command: 'setStatus', id: 'o7', status: 'Available' },
    detailKey: 'set_omni',
    detailParams: { omni: 'Available' },
    commands: ['omni setStatus Available']
};

const sentence = (row: { input: unknown; outcome: unknown }): string =>
    `${sayText(EN, row.input as never)} ${sayText(EN, row.outcome as never)}`;

describe('issue 23: the decisions list is reworded only where its inputs changed', () => {
    it('gives the same list, row for row, for the same audit entries in a fresh context', () => {
        const entries = [PICK, LANDED, READY];
        const first = panelModel(view(entries), context()).decisions;
        const again = panelModel(view(entries), context()).decisions;
        expect(again).toBe(first);
        expect(again.length).toBeGreaterThan(0);
    });

    it('keeps the older rows and words only the new one when an entry is added', () => {
        const before = panelModel(view([PICK, LANDED]), context()).decisions;
        const after = panelModel(view([PICK, LANDED, READY]), context()).decisions;
        expect(after).not.toBe(before);
        // Newest first: the new row on top, the older rows the same objects.
        expect(after.slice(1)).toHaveLength(before.length);
        after.slice(1).forEach((row, i) => {
            expect(row).toBe(before[i]);
        });
        expect(after[0]?.id).toBe('12');
        expect(sentence(after[0] as never)).toBe(sentence(panelModel(view([READY]), context()).decisions[0] as never));
    });

    it('rewords a command’s row when its answer arrives', () => {
        const asked = panelModel(view([PICK]), context()).decisions;
        const set = panelModel(view([PICK, LANDED]), context()).decisions;
        const pick = (rows: typeof set) => rows.find((row) => row.id === '10');
        expect(pick(set)).not.toBe(pick(asked));
        expect(sentence(pick(asked) as never)).toBe(
            'You changed Omni-Channel to Lunch. The sync asked the softphone to change to Away / Lunch.'
        );
        expect(sentence(pick(set) as never)).toBe(
            'You changed Omni-Channel to Lunch. The sync set the softphone to Away / Lunch.'
        );
    });

    it('rewords a row when a status label it says changes', () => {
        const before = panelModel(view([PICK, LANDED, READY]), context()).decisions;
        const after = panelModel(view([PICK, LANDED, READY]), context({ Available: 'Ready for work' })).decisions;
        const ready = (rows: typeof after) => rows.find((row) => row.id === '12');
        expect(sentence(ready(before) as never)).toContain('Available');
        expect(sentence(ready(after) as never)).toContain('Ready for work');
        expect(sentence(ready(after) as never)).toBe(
            sentence(panelModel(view([READY]), context({ Available: 'Ready for work' })).decisions[0] as never)
        );
    });

    it('takes an audit entry by identity: an equal copy is worded again, to the same words', () => {
        const first = panelModel(view([PICK]), context()).decisions;
        const copy = panelModel(view([{ ...PICK }]), context()).decisions;
        expect(copy[0]).not.toBe(first[0]);
        expect(copy).toEqual(first);
    });

    it("tells the panel's frozen context unchanged by identity: a view whose rows are all kept serialises nothing", () => {
        const entries = [PICK, LANDED, READY];
        const frozen = Object.freeze({
            canConfigure: false,
            statusLabels: Object.freeze({ Lunch: 'Lunch', Available: 'Available' })
        });
        const first = panelModel(view(entries), frozen).decisions;
        const stringify = jest.spyOn(JSON, 'stringify');
        try {
            const again = panelModel(view(entries), frozen).decisions;
            expect(again).toBe(first);
            expect(stringify).not.toHaveBeenCalled();
        } finally {
            stringify.mockRestore();
        }
    });

    it('rewords a row whose status label was changed in place in a context that is not frozen', () => {
        const labels: Record<string, string> = { Lunch: 'Lunch', Available: 'Available' };
        const kept: PanelContext = { canConfigure: false, statusLabels: labels };
        const before = panelModel(view([PICK, LANDED, READY]), kept).decisions;
        labels.Available = 'Ready for work';
        const after = panelModel(view([PICK, LANDED, READY]), kept).decisions;
        const ready = (rows: typeof after) => rows.find((row) => row.id === '12');
        expect(ready(after)).not.toBe(ready(before));
        expect(sentence(ready(after) as never)).toContain('Ready for work');
        // The rows that do not say that label are kept.
        expect(after.find((row) => row.id === '10')).toBe(before.find((row) => row.id === '10'));
    });
});
