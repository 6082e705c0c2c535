// The held change on one line (issue 21, item 5): at 340×480 during a call the panel shows only what waits,
// "Waiting: Lunch, after the call", and the sentence of heldText behind it.
import { heldLine, heldText } from './held';
import { sayText } from './text';
import type { HeldViewInput, PanelContext, PanelText } from './types';
import { EN, ES } from '../test-support/panel-labels';

const en = (t: PanelText | null) => (t === null ? null : sayText(EN, t));
const es = (t: PanelText | null) => (t === null ? null : sayText(ES, t));

const CONTEXT: PanelContext = { canConfigure: false, statusLabels: { Lunch: 'Lunch', Available: 'Available' } };

const towardsSoftphone = (target: HeldViewInput['target'], statusLabel: string | null = null): HeldViewInput => ({
    towards: 'softphone',
    target,
    statusLabel
});
const towardsOmni = (target: HeldViewInput['target'], statusLabel: string | null = null): HeldViewInput => ({
    towards: 'omni',
    target,
    statusLabel
});

describe('the held change on one line', () => {
    it('is null when nothing is held', () => {
        expect(heldLine(null, CONTEXT)).toBeNull();
    });

    it('names the status the agent picked in Omni-Channel, by its label, in English and Spanish', () => {
        const line = heldLine(towardsSoftphone({ kind: 'status', status: 'Lunch' }, 'Lunch'), CONTEXT);
        expect(en(line)).toBe('Waiting: Lunch, after the call');
        expect(es(line)).toBe('En espera: Lunch, tras la llamada');
        // A status the view gives without its label is named by the org's label, not its API name.
        expect(en(heldLine(towardsSoftphone({ kind: 'status', status: 'Lunch' }), CONTEXT))).toBe(
            'Waiting: Lunch, after the call'
        );
        // A runtime that gives the held change as a status name.
        expect(en(heldLine('Available', CONTEXT))).toBe('Waiting: Available, after the call');
    });

    it('names the softphone state that waits, and the Omni-Channel status a softphone pick waits to set', () => {
        const state = { kind: 'state' as const, state: { major: 'Away', minor: 'Lunch' } };
        expect(en(heldLine(towardsSoftphone(state), CONTEXT))).toBe('Waiting: Away / Lunch, after the call');
        expect(en(heldLine(towardsOmni({ kind: 'status', status: 'Lunch' }, 'Lunch'), CONTEXT))).toBe(
            'Waiting: Lunch, after the call'
        );
        expect(en(heldLine(towardsOmni(state, 'Lunch'), CONTEXT))).toBe('Waiting: Lunch, after the call');
    });

    it('says a held logout, on either side, in English and Spanish', () => {
        for (const held of [
            'offline',
            towardsSoftphone({ kind: 'loggedOut' }),
            towardsSoftphone({ kind: 'offline' }),
            towardsOmni({ kind: 'offline' }),
            towardsOmni({ kind: 'loggedOut' })
        ] as const) {
            const line = heldLine(held, CONTEXT);
            expect(en(line)).toBe('Waiting: log out, after the call');
            expect(es(line)).toBe('En espera: cerrar sesión, tras la llamada');
        }
    });

    it('is shorter than the sentence it stands for, so it keeps to one line at 340×480', () => {
        const held = towardsSoftphone({ kind: 'status', status: 'Lunch' }, 'Lunch');
        for (const say of [en, es]) {
            const line = say(heldLine(held, CONTEXT)) as string;
            const sentence = say(heldText(held, CONTEXT)) as string;
            expect(line.length).toBeLessThan(sentence.length / 2);
            // About 40 characters of 13 px text fit beside the clock and the chevron at 340 px.
            expect(line.length).toBeLessThanOrEqual(40);
        }
    });
});
