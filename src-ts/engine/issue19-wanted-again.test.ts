/**
 * Issue 19 (e): a softphone command of ours that the agent's own softphone logout overtook, and that a newer decision
 * wants again (the agent's Omni login by hand asks for the same state), is retried when it fails: it was written off
 * as no longer needed, leaving Omni Available against a softphone in Away with nothing said (B13, B17).
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniOf,
    softphoneOf,
    softphonePicks,
    state,
    world
} from '../test-support/hostile-script';

describe('a command overtaken by the softphone’s logout and wanted again is retried (B13, B17)', () => {
    it('handovers around the agent’s logins: the Omni login by hand’s Ready, lost, is sent again', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [{ when: () => true, plan: { delay: 5, outcome: 'lost', survivesReload: false }, times: 2 }]
        );
        w.act({ kind: 'handover', pick: 0 });
        w.act(agentLogsIn(w, 'Available')); // → softphone Ready [B2], lost
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], lost
        w.act({ kind: 'handover', pick: 0 });
        w.act({ kind: 'softphoneLogin', pick: 0 }); // Ready: Omni offline after the handover, no login
        w.act(softphonePicks(w, state('Away')));
        w.act(agentLogsIn(w, 'Available')); // the softphone Ready is on its way already
        w.act({ kind: 'advance', ms: 30_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});
