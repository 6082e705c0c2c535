import { decisionActor } from './actors';
import { decisionWords, isRoutine } from './decisions';
import { decisionsCsv, supportBundleJson } from './exports';
import { PACKAGE_VERSION } from './package-version';
import { sayText } from './text';
import type { DecisionInput, PanelContext, PanelText } from './types';
import { view as inSyncView } from '../test-support/panel-view';
import { EN, ES } from '../test-support/panel-labels';

const CONTEXT: PanelContext = {
    canConfigure: false,
    statusLabels: {
        Available: 'Available',
        Available_For_Chats: 'Available for Chats',
        On_a_Call: 'On a Call',
        Away: 'Away'
    },
    configuration: {
        mappings: [],
        statuses: [],
        settings: { DeveloperName: 'Default', Revert_After_Inbound__c: false, Revert_Scope__c: 'Inbound' }
    }
};

let seq = 0;
/** A decision as the engine records it: input kind and named values, outcome, detail (as in the walk's export). */
function d(
    inputKind: string,
    inputParams: Record<string, string>,
    rule: string,
    outcome: string,
    more: Partial<DecisionInput> = {}
): DecisionInput {
    seq += 1;
    return {
        seq,
        at: Date.UTC(2026, 11, 6, 9, 0, seq),
        input: inputKind,
        inputKind,
        inputParams,
        rule,
        outcome,
        commands: [],
        detailKey: 'recorded',
        detailParams: {},
        ...more
    };
}

/** The decision's sentence as the list shows it: what came in, then what the sync did. */
const sentence = (labels: Record<string, string>, decision: DecisionInput, context = CONTEXT) => {
    const words = decisionWords(decision, context);
    return `${sayText(labels, words.input)} ${sayText(labels, words.outcome)}`;
};

// The "status keeps changing" walk as the engine recorded it in the simulator (issue 21).
const SUPERVISOR_LOGOUT = d('omni.logout', { reason: 'OmniSupervisorLogout' }, 'B5', 'recorded');
const SOFTPHONE_LOGGED_OUT = d('omni.logout', { reason: 'OmniSupervisorLogout' }, 'B5', 'command', {
    outcomeParams: { side: 'softphone', state: 'loggedOut' },
    commands: ['s11 softphone setState loggedOut']
});
const AGENT_CHATS = d(
    'omni.statusChanged',
    { status: 'Available_For_Chats', statusLabel: 'Available for Chats', reason: 'OmniManualStatusChange' },
    'B13',
    'already'
);
const CALL_STARTED = d(
    'softphone.interactionStarted',
    { interaction: 'call-1', direction: 'inbound' },
    'track',
    'interaction',
    {
        detailKey: 'interaction_started',
        detailParams: { direction: 'inbound', interaction: 'call-1', omni: 'Available_For_Chats' }
    }
);
const CONTACT_CENTRE_BUSY = d('softphone.stateChanged', { state: 'Busy Inbound', cause: 'system' }, 'B1', 'command', {
    outcomeParams: { side: 'omni', status: 'On_a_Call' }
});
const ECHO = d(
    'omni.statusChanged',
    { status: 'On_a_Call', statusLabel: 'On a Call', reason: 'OmniToolkitStatusChange' },
    'B12',
    'echo'
);
const CONFIRMED = d('result', { command: 'o2', ok: 'true' }, 'B1', 'confirmed');
const WORK_OVER = d('omni.workClosed', { work: '0BZSIM000000001' }, 'B7', 'work-release', {
    detailKey: 'work_over',
    detailParams: { omni: 'Available' }
});
const AGENT_TRAINING = d(
    'softphone.stateChanged',
    { state: 'Away', minor: 'Training', cause: 'agent' },
    'B1',
    'command',
    {
        outcomeParams: { side: 'omni', status: 'Away' }
    }
);
const DECLINED = d(
    'softphone.workAction',
    { action: 'decline', work: '0BZSIM000000002', reason: 'Wrong queue' },
    'B19',
    'command'
);
const WALK = [
    AGENT_CHATS,
    CALL_STARTED,
    CONTACT_CENTRE_BUSY,
    CONFIRMED,
    ECHO,
    WORK_OVER,
    AGENT_TRAINING,
    SUPERVISOR_LOGOUT,
    SOFTPHONE_LOGGED_OUT
];

describe('issue 21.3: every decision sentence names who acted', () => {
    it("a supervisor's logout names the supervisor, in English and Spanish", () => {
        expect(sentence(EN, SUPERVISOR_LOGOUT)).toBe(
            'A supervisor logged you out of Omni-Channel. The sync recorded it: nothing to do.'
        );
        expect(sentence(ES, SUPERVISOR_LOGOUT)).toBe(
            'Un supervisor cerró su sesión de Omni-Channel. La sincronización lo registró: nada que hacer.'
        );
        expect(decisionActor(SUPERVISOR_LOGOUT).by).toBe('supervisor');
    });

    it('logging the softphone out is said as such, never as the internal name loggedOut', () => {
        expect(sentence(EN, SOFTPHONE_LOGGED_OUT)).toBe(
            'A supervisor logged you out of Omni-Channel. The sync logged the softphone out.'
        );
        expect(sentence(ES, SOFTPHONE_LOGGED_OUT)).toBe(
            'Un supervisor cerró su sesión de Omni-Channel. La sincronización cerró la sesión del softphone.'
        );
        const omniOut = d('softphone.loggedOut', { cause: 'agent' }, 'B4', 'command', {
            outcomeParams: { side: 'omni', status: 'offline' }
        });
        expect(sentence(EN, omniOut)).toBe('You logged out of the softphone. The sync logged you out of Omni-Channel.');
        for (const decision of [...WALK, omniOut])
            for (const labels of [EN, ES]) expect(sentence(labels, decision)).not.toMatch(/loggedOut|offline|\{\d\}/);
    });

    it('names the agent, the contact centre and the sync from the reason and the softphone cause', () => {
        expect(sentence(EN, AGENT_CHATS)).toBe(
            'You changed Omni-Channel to Available for Chats. The sync found it already so: nothing to do.'
        );
        expect(sentence(EN, CONTACT_CENTRE_BUSY)).toBe(
            'The contact centre set the softphone to Busy Inbound. The sync set Omni-Channel to On a Call.'
        );
        expect(sentence(EN, AGENT_TRAINING)).toBe(
            'You set the softphone to Away / Training. The sync set Omni-Channel to Away.'
        );
        expect(sentence(EN, ECHO)).toMatch(/^The sync changed Omni-Channel to On a Call\./);
        expect(sentence(EN, CONFIRMED)).toBe(
            "Omni-Channel confirmed the sync's change. The sync saw its change take effect."
        );
        expect(sentence(ES, AGENT_TRAINING)).toBe(
            'Usted puso el softphone en Away / Training. La sincronización puso Omni-Channel en Away.'
        );
        expect(WALK.map((decision) => decisionActor(decision).by)).toEqual([
            'agent',
            'contact_centre',
            'contact_centre',
            'sync',
            'sync',
            'agent',
            'agent',
            'supervisor',
            'supervisor'
        ]);
        const timeout = d('omni.statusChanged', { status: 'Away', reason: 'OmniPushTimeout' }, 'B2', 'command');
        expect(sayText(EN, decisionWords(timeout, CONTEXT).input)).toBe(
            'Omni-Channel changed you to Away: offered work was not accepted in time.'
        );
        const handover = d('omni.logout', { reason: 'DuplicateLogin' }, 'B5', 'handover');
        expect(sayText(ES, decisionWords(handover, CONTEXT).input)).toBe(
            'Omni-Channel cerró su sesión aquí: la abrió en otra pestaña o ventana.'
        );
    });

    it('a decline in the softphone names the agent, the work and the reason code, and where it went', () => {
        expect(sentence(EN, DECLINED)).toBe(
            'In the softphone, you declined Omni-Channel work with the reason “Wrong queue”. The sync passed it on to Omni-Channel.'
        );
        expect(sentence(ES, DECLINED)).toBe(
            'En el softphone, usted rechazó un trabajo de Omni-Channel con el motivo «Wrong queue». La sincronización lo trasladó a Omni-Channel.'
        );
    });

    it('says "the work is over", not "Applied the change that waited", when nothing waited', () => {
        expect(sentence(EN, WORK_OVER)).toBe(
            'You closed Omni-Channel work. The sync lets the softphone follow Omni-Channel again: the work is over.'
        );
        expect(sentence(EN, WORK_OVER)).not.toContain('waited');
    });

    it('says why Omni-Channel will not go back after the call, naming the setting as Setup does', () => {
        expect(sentence(EN, CALL_STARTED)).toBe(
            'The contact centre put an inbound call through to you. The sync will not set Omni-Channel back to Available for Chats after the call: Revert After Inbound Interaction is off.'
        );
        expect(sentence(ES, CALL_STARTED)).toBe(
            'El centro de contacto le pasó una llamada entrante. La sincronización no devolverá Omni-Channel a Available for Chats después de la llamada: el ajuste «Revertir tras interacción entrante» está desactivado.'
        );
        const on = {
            ...CONTEXT,
            configuration: { mappings: [], statuses: [], settings: { ns__Revert_After_Inbound__c: true } }
        };
        expect(sentence(EN, CALL_STARTED, on)).toBe(
            'The contact centre put an inbound call through to you. The sync will set Omni-Channel back to Available for Chats after the call: Revert After Inbound Interaction is on.'
        );
        const outbound = { ...CALL_STARTED, detailParams: { ...CALL_STARTED.detailParams, direction: 'outbound' } };
        expect(sentence(EN, outbound, on)).toContain('covers inbound calls only (Revert Scope)');
        const reverted = d('softphone.stateChanged', { state: 'Ready', cause: 'system' }, 'B10', 'revert', {
            outcomeParams: { side: 'omni', status: 'Available_For_Chats' }
        });
        expect(sentence(EN, reverted)).toBe(
            'The contact centre set the softphone to Ready. The sync set Omni-Channel back to Available for Chats, its status before the call.'
        );
    });

    it('marks confirmations and echoes as routine, and nothing else', () => {
        expect(WALK.filter(isRoutine)).toEqual([CONFIRMED, ECHO]);
        expect(WALK.map((decision) => decisionWords(decision, CONTEXT).routine)).toEqual(WALK.map(isRoutine));
    });
});

describe('issue 21.3: the support export names the user and carries both versions', () => {
    // Both sides signed out: Omni-Channel offline, ContactPad 1.0.0 logged out.
    const view = inSyncView({
        omni: { presence: 'offline', status: null, label: null },
        softphone: { ...inSyncView().softphone, presence: 'loggedOut', state: null }
    });
    const input = {
        view,
        entries: WALK,
        configuration: { ...CONTEXT.configuration, userName: 'Ana Ruiz' },
        userId: '005000000000001AAA',
        exportedAt: Date.UTC(2026, 11, 6, 9, 30),
        say: (t: PanelText) => sayText(ES, t),
        context: CONTEXT
    };

    it('the JSON bundle: user name beside the id, package and softphone versions, who acted on every decision', () => {
        const bundle = JSON.parse(supportBundleJson(input)) as {
            exportedBy: string;
            exportedByName: string;
            packageVersion: string;
            softphone: { version: string };
            decisions: { whoActed: string }[];
        };
        expect(bundle).toMatchObject({
            exportedBy: '005000000000001AAA',
            exportedByName: 'Ana Ruiz',
            packageVersion: PACKAGE_VERSION,
            softphone: { version: '1.0.0' }
        });
        expect(bundle.decisions.map((decision) => decision.whoActed)).toEqual([
            'Usted',
            'El centro de contacto',
            'El centro de contacto',
            'La sincronización',
            'La sincronización',
            'Usted',
            'Usted',
            'Un supervisor',
            'Un supervisor'
        ]);
    });

    it('the CSV: who acted, the user, the package and softphone versions on every row', () => {
        const csv = decisionsCsv(input, [
            'n',
            't',
            'r',
            'rn',
            'q',
            'res',
            'det',
            'cmd',
            'who',
            'user',
            'pkg',
            'sp',
            'ev'
        ]);
        const rows = csv.split('\r\n');
        expect(rows).toHaveLength(WALK.length + 1);
        expect(rows[8]).toMatch(
            new RegExp(`"Un supervisor","Ana Ruiz \\(005000000000001AAA\\)","${PACKAGE_VERSION}","1\\.0\\.0","\\d+"$`)
        );
    });
});

describe('a work item command confirmed by the side it went to (B19)', () => {
    const done = (command: string) =>
        d('result', { command: 'w2', ok: 'true' }, 'B19', 'done', {
            detailKey: 'work_command_done',
            detailParams: { command }
        });

    it('a work item passed on to the softphone is confirmed by the softphone, not Omni-Channel', () => {
        const words = sentence(EN, done('softphone workItem assigned 0BZSIM000000001'));
        expect(words).toMatch(/^The softphone confirmed/);
        expect(sentence(ES, done('softphone workItem assigned 0BZSIM000000001'))).not.toMatch(/Omni-Channel/);
    });

    it('a work item action passed on to Omni-Channel is confirmed by Omni-Channel', () => {
        expect(sentence(EN, done('omni declineAgentWork 0BZSIM000000001 (Wrong queue)'))).toMatch(
            /^Omni-Channel confirmed/
        );
    });
});
