/**
 * A refusal's advice must hold in the state the agent reads it in (issue 21). A pick held for the call's end and
 * refused is said only once the call is over (refused during the next call, it is held again, B11): Omni-Channel
 * already shows it, the softphone stayed where it was, and the sentence says so, names both, and says what to do
 * now, never "after the call".
 */
import { ENGINE_NOTICES, type NoticeInput } from '../engine/notice-table';
import { commandFailedWords } from './refusals';
import { sayText } from './text';
import { EN, ES } from '../test-support/panel-labels';

const LABELS = { en: EN, es: ES };

const heldLunchRefused = (reason: string): NoticeInput => ({
    code: 'command-failed',
    severity: 'error',
    subject: 'softphone',
    message: `Away / Lunch: ${reason}`,
    params: { side: 'softphone', command: 'Away / Lunch', reason, state: 'Away', minor: 'Lunch', picked: 'Lunch' }
});
const context = { statusLabels: { Lunch: 'Lunch' }, softphoneProduct: 'Vonage ContactPad', softphoneState: 'Ready' };
const say = (language: 'en' | 'es', words: readonly string[]) => {
    const [key, ...params] = words;
    return sayText(LABELS[language], { key: key ?? '', params });
};

describe('a refused held pick, said at the end of the call (issue 21)', () => {
    it("says Omni-Channel shows the pick, the softphone by its name stayed in its state, and ContactPad's words", () => {
        const words = commandFailedWords(heldLunchRefused('E4711: agent locked'), context);
        expect(say('en', words)).toBe(
            'Omni-Channel shows your Lunch, but Vonage ContactPad refused it and stayed in Ready. Set it in Vonage ' +
                'ContactPad yourself, or pick another status. Vonage ContactPad said: “E4711: agent locked”'
        );
        expect(say('es', words)).toBe(
            'Omni-Channel muestra el estado que usted eligió, Lunch, pero Vonage ContactPad lo rechazó y se quedó en ' +
                'Ready. Cámbielo usted mismo en Vonage ContactPad o elija otro estado. Vonage ContactPad respondió: ' +
                '«E4711: agent locked»'
        );
    });

    it("with a cause of the package's own, in the agent's words", () => {
        const words = commandFailedWords(heldLunchRefused('softphone-no-answer'), context);
        const english = say('en', words);
        expect(english).toMatch(
            /^Omni-Channel shows your Lunch, but Vonage ContactPad did not take it \(.+\) and stayed in Ready\./
        );
        expect(english).not.toContain('softphone-no-answer');
    });

    it('no refusal sentence gives advice for after a call: it is said once the call is over', () => {
        for (const key of ENGINE_NOTICES.commandFailed.wording) {
            expect(LABELS.en[key]).not.toMatch(/after the call/i);
            expect(LABELS.es[key]).not.toMatch(/después de la llamada/i);
        }
    });
});
