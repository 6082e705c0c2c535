/**
 * A softphone's refusal with an error code outside the protocol's list is still that command's refusal (issue 21):
 * the host settles the command with the vendor's code and words at once, instead of dropping the reply and timing the
 * command out ten seconds later. A code that is no short token is a bad payload, counted and dropped.
 */
import { BridgeCommandError } from './client';
import { ERROR_CODES, parseSoftphoneMessage, toWire } from './protocol';
import type { SoftphoneCommand } from '../engine/types';
import { connectPair } from '../test-support/bridge-harness';

const lunch: SoftphoneCommand = {
    side: 'softphone',
    id: 's1',
    rule: 'B2',
    type: 'setState',
    state: { major: 'Away', minor: 'Lunch' }
};

const errorWith = (code: unknown) =>
    parseSoftphoneMessage(
        JSON.stringify(
            toWire('m1', { type: 'error', code: 'busy', message: 'x' }, { replyTo: 's1', nonce: 'n'.repeat(32) })
        ).replace('"code":"busy"', `"code":${JSON.stringify(code)}`)
    );

describe("a softphone's own error codes (issue 21)", () => {
    it('reads a short token outside the list as the vendor code, and every listed code as before', () => {
        expect(errorWith('E4711')).toMatchObject({ ok: true, envelope: { message: { type: 'error', code: 'E4711' } } });
        expect(errorWith('agent.locked:by-supervisor')).toMatchObject({ ok: true });
        for (const code of ERROR_CODES)
            expect(errorWith(code)).toMatchObject({ ok: true, envelope: { message: { code } } });
    });

    it('drops a code that is no short token as a bad payload', () => {
        for (const code of ['', ' E1', '<b>x</b>', 'x'.repeat(41), 'a\u0000b', 42, null, { code: 'E1' }])
            expect(errorWith(code)).toMatchObject({ ok: false, reason: 'bad-payload' });
    });

    it("settles the command at once as refused, with the vendor's code and words, without waiting for the timeout", async () => {
        const pair = connectPair({
            onCommand: () => {
                // A vendor's JavaScript may throw any code: the shipped client sends it as it is.
                throw new BridgeCommandError('E4711' as never, 'agent locked by supervisor');
            }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.host.send(lunch);
        await pair.settle();
        expect(pair.results).toEqual([{ commandId: 's1', ok: false, error: 'E4711: agent locked by supervisor' }]);
        expect(pair.host.stats().dropped).toBe(0);
    });
});
