/**
 * The Spanish panel words decision details through the Spanish labels (B20), the values the sync
 * fills into those sentences included: the causes the runtime, the bridge host and the toolkit
 * timeout give are codes worded by labels, never English inside a Spanish sentence.
 */
import { FakeToolkit, openTab, settle } from '../test-support/runtime-harness';
import { detailText } from './decisions';
import { panelModel } from './model';
import { formatLabel, sayText } from './text';
import type { DecisionInput } from './types';
import { EN, ES } from '../test-support/panel-labels';

describe('B20 in Spanish: the details the runtime and the bridge fill in', () => {
    it('a dropped malformed Omni-Channel event reads entirely in Spanish', async () => {
        const tab = openTab({ toolkit: new FakeToolkit() });
        tab.runtime.start();
        await settle(tab);
        tab.runtime.omniEvent('omniChannelStatusChanged', { statusId: 42 });
        await settle(tab);
        const exported = JSON.parse(tab.runtime.exportAudit('json')) as { entries: DecisionInput[] };
        const dropped = exported.entries.find((entry) => entry.detailKey === 'omni_event_field_dropped');
        expect(dropped).toBeDefined();
        const text = sayText(ES, detailText(dropped!, { canConfigure: false }));
        tab.runtime.stop();
        expect(text).toBe(
            'Se descartó un evento de Omni-Channel (palabras de Omni-Channel: «omniChannelStatusChanged»): su campo statusId falta o no es del tipo correcto.'
        );
        // And an event the sync does not know, by its cause.
        const unknown = {
            ...dropped!,
            detailKey: 'omni_event_dropped',
            detailParams: { omniEvent: 'x', reason: 'event-unknown' }
        };
        expect(sayText(ES, detailText(unknown, { canConfigure: false }))).toBe(
            'Se descartó un evento de Omni-Channel mal formado (palabras de Omni-Channel: «x»): la sincronización no conoce este evento.'
        );
    });

    it("a softphone command that timed out reads entirely in Spanish (the bridge host's reason)", () => {
        // What results.ts `failed()` records when BridgeHost.send times out (host.ts: the cause softphone-no-answer).
        const decision = {
            seq: 1,
            at: 0,
            input: 'result s1 failed',
            rule: 'B17',
            outcome: 'retry',
            detailKey: 'softphone_retry',
            detailParams: { reason: 'softphone-no-answer', attempt: '2', attempts: '3', delayMs: '2000' },
            commands: []
        };
        const text = sayText(ES, detailText(decision, { canConfigure: false }));
        expect(text).toBe(
            'El comando del softphone falló (el softphone no respondió a tiempo); intento 2 de 3 dentro de 2000 ms.'
        );
    });
});

describe('B15 in Spanish: the start-up read that Omni-Channel does not answer', () => {
    it("the detail names the toolkit's silence in Spanish, not in the runtime's English", async () => {
        const toolkit = new FakeToolkit();
        // Omni-Channel never answers: the runtime's own timeout gives the reason (runtime.ts read()).
        toolkit.hold = true;
        const tab = openTab({ toolkit });
        tab.runtime.start();
        for (let i = 0; i < 40; i++) {
            tab.browser.clock.advance(500);
            await settle(tab, 2);
        }
        const exported = JSON.parse(tab.runtime.exportAudit('json')) as { entries: DecisionInput[] };
        const unanswered = exported.entries.find((entry) => entry.detailKey === 'omni_read_unanswered');
        tab.runtime.stop();
        expect(unanswered).toBeDefined();
        const text = sayText(ES, detailText(unanswered!, { canConfigure: false }));
        expect(text).not.toContain('did not answer');
    });
});

describe("B20: the panel's sentence for a decision the runtime itself made", () => {
    it('"Use this tab" is not listed as "Time passed."', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: { model: 'lws', namespace: 'c' } });
        const b = openTab({ toolkit, tabId: 'tab-b', browser: a.browser, window: { model: 'lws', namespace: 'c' } });
        a.pair.client.start();
        b.pair.client.start();
        a.runtime.start();
        for (let i = 0; i < 20; i++) {
            a.browser.clock.advance(50);
            await settle(a, 2);
        }
        b.runtime.start();
        for (let i = 0; i < 20; i++) {
            a.browser.clock.advance(50);
            await settle(a, 2);
            await settle(b, 2);
        }
        expect(b.runtime.role).toBe('follower');
        b.runtime.takeOver();
        for (let i = 0; i < 60; i++) {
            a.browser.clock.advance(50);
            await settle(a, 2);
            await settle(b, 2);
        }
        const view = b.view();
        const asked = view.decisions.find((d) => d.detailKey === 'take_over_asked');
        expect(asked).toBeDefined();
        const model = panelModel({ ...view, decisions: [asked!] }, { canConfigure: false });
        a.runtime.stop();
        b.runtime.stop();
        expect(sayText(EN, model.decisions[0]!.input)).not.toBe('Time passed.');
    });
});

describe('B20 hostile detail values (held up)', () => {
    it('a value holding another placeholder is not filled again', () => {
        expect(formatLabel('A {reason} B {omni}', [], { reason: '{omni}', omni: 'X' })).toBe('A {omni} B X');
    });
});
