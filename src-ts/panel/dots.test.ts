/**
 * The softphone dot comes from what the mapping knows of each state, never from English words in the
 * state's name: a Spanish softphone's `Ocupado` and `Pausa / Almuerzo`, and states whose names read
 * "available" to a word list (`Not Available`, `Offline`, VCC's `Ready (Offline)`), are not green.
 */
import type { SyncConfigurationInput } from '../mapping/types';
import { softphoneDot, softphoneStateDot } from './dots';
import { panelModel } from './model';
import type { PanelContext, PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';

const status = (id: string, developerName: string, hasChannels: boolean) => ({
    id: `0N5000000000${id}`,
    developerName,
    label: developerName,
    hasChannels
});
const toOmni = (name: string, state: string, minor: string | null, presenceStatus: string | null, action = 'Map') => ({
    DeveloperName: name,
    Direction__c: 'SoftphoneToOmni',
    Softphone_State__c: state,
    Softphone_Minor_State__c: minor,
    Presence_Status__c: presenceStatus,
    Action__c: action,
    Active__c: true
});

/** A Spanish contact centre on VCC: the states as its softphone names them, mapped by the admin. */
const CONFIGURATION: SyncConfigurationInput = {
    statuses: [
        status('001', 'Available', true),
        status('002', 'Busy', false),
        status('003', 'Lunch', false),
        status('004', 'Away', false),
        status('005', 'Email_Only', false)
    ],
    settings: { Ready_State__c: 'Disponible', Busy_Fallback_State__c: 'Ocupado' },
    mappings: [
        toOmni('Disponible', 'Disponible', null, 'Available'),
        toOmni('Ocupado', 'Ocupado', null, 'Busy'),
        toOmni('Pausa_Almuerzo', 'Pausa', 'Almuerzo', 'Lunch'),
        toOmni('Not_Available', 'Not Available', null, 'Away'),
        toOmni('Offline', 'Offline', null, null, 'LogOutOfOmni'),
        toOmni('Ready_Offline', 'Ready (Offline)', null, 'Email_Only')
    ]
};
const CONTEXT: PanelContext = { canConfigure: false, configuration: CONFIGURATION };

function view(state: string | null, presence: PanelViewInput['softphone']['presence'] = 'loggedIn'): PanelViewInput {
    return inSyncView({ softphone: { ...inSyncView().softphone, presence, state, product: 'VCC' } });
}

describe('the softphone dot, from the mapping', () => {
    it.each([
        ['Ocupado', 'busy'],
        ['Pausa / Almuerzo', 'busy'],
        ['Not Available', 'busy'],
        ['Offline', 'offline'],
        ['Ready (Offline)', 'busy'],
        ['Disponible', 'online']
    ])('%s shows %s, as the status its row sets', (state, dot) => {
        expect(panelModel(view(state), CONTEXT).softphoneDot).toBe(dot);
    });

    it('a minor state of a mapped major state is as its major state', () => {
        expect(softphoneStateDot('Ocupado / Reunión', CONTEXT)).toBe('busy');
    });

    it('the Ready State and the busy fallback state are known without a row', () => {
        const settingsOnly: PanelContext = {
            canConfigure: false,
            configuration: { ...CONFIGURATION, mappings: [] }
        };
        expect(softphoneStateDot('Disponible', settingsOnly)).toBe('online');
        expect(softphoneStateDot('Ocupado', settingsOnly)).toBe('busy');
    });

    it('a state the OmniToSoftphone rows set is as the statuses that set it', () => {
        const omniRows: PanelContext = {
            canConfigure: false,
            configuration: {
                ...CONFIGURATION,
                mappings: [
                    {
                        DeveloperName: 'Lunch_To_Comida',
                        Direction__c: 'OmniToSoftphone',
                        Presence_Status__c: 'Lunch',
                        Softphone_State__c: 'Comida',
                        Active__c: true
                    }
                ]
            }
        };
        expect(softphoneStateDot('Comida', omniRows)).toBe('busy');
    });

    it('a state the contact centre reserves (its catalogue) is busy', () => {
        const withCatalogue: PanelContext = {
            ...CONTEXT,
            catalogue: [{ major: 'Ready (Offline)' }, { major: 'En llamada', reserved: true }]
        };
        expect(softphoneStateDot('En llamada', withCatalogue)).toBe('busy');
    });

    it('a state the configuration knows nothing of is unknown, never green by its words', () => {
        expect(softphoneStateDot('Ready (Offline)', { canConfigure: false })).toBe('unknown');
        expect(softphoneStateDot('Available Soon', CONTEXT)).toBe('unknown');
    });

    it('a logged-out softphone is offline and one not heard from is unknown', () => {
        expect(softphoneDot(view(null, 'loggedOut'), CONTEXT)).toBe('offline');
        expect(softphoneDot(view(null, 'unknown'), CONTEXT)).toBe('unknown');
    });
});
