import { compileMapping, formatState } from './compile';
import { originOf, readSettings, withoutNamespace, type SettingProblem } from './records';
import type { CatalogueEntry, PresenceStatusInfo } from './types';

const statuses: PresenceStatusInfo[] = [
    { id: '0N5000000000001AAA', developerName: 'Available', label: 'Available', hasChannels: true },
    { id: '0N5000000000002', developerName: 'Lunch', label: 'Lunch', hasChannels: false },
    { id: '0N5000000000003', developerName: 'Away', label: 'Away', hasChannels: false },
    { id: '0N5000000000004', developerName: 'Training', label: 'Training', hasChannels: false }
];
const catalogue: CatalogueEntry[] = [
    { major: 'Ready' },
    { major: 'Away' },
    { major: 'Away', minor: 'Lunch' },
    { major: 'Away', minor: 'Break' },
    { major: 'Busy Inbound', reserved: true }
];
const settings = { DeveloperName: 'Default' };
const row = (name: string, fields: Record<string, unknown>) => ({ DeveloperName: name, ...fields });
const toOmni = (name: string, state: string, minor: string | null, status: string | null, extra = {}) =>
    row(name, {
        Direction__c: 'SoftphoneToOmni',
        Softphone_State__c: state,
        Softphone_Minor_State__c: minor,
        Presence_Status__c: status,
        ...extra
    });
const toSoftphone = (name: string, status: string, state: string | null, minor: string | null = null, extra = {}) =>
    row(name, {
        Direction__c: 'OmniToSoftphone',
        Presence_Status__c: status,
        Softphone_State__c: state,
        Softphone_Minor_State__c: minor,
        ...extra
    });

describe('mapping model', () => {
    it('B1 looks up the minor row, then the major row, then reports the state unmapped', () => {
        const mapping = compileMapping(
            {
                settings,
                statuses,
                mappings: [
                    toOmni('Away', 'Away', null, 'Away'),
                    toOmni('Away_Lunch', 'Away', 'Lunch', 'Lunch'),
                    toOmni('Ready', 'Ready', null, 'Available')
                ]
            },
            catalogue
        );
        expect(mapping.softphoneToOmni({ major: 'Away', minor: 'Lunch' })).toMatchObject({
            kind: 'status',
            status: 'Lunch',
            via: 'minor'
        });
        expect(mapping.softphoneToOmni({ major: 'Away', minor: 'Break' })).toMatchObject({
            kind: 'status',
            status: 'Away',
            via: 'major'
        });
        expect(mapping.softphoneToOmni({ major: 'away', minor: null })).toMatchObject({
            kind: 'status',
            status: 'Away'
        });
        expect(mapping.softphoneToOmni({ major: 'Busy Inbound', minor: null })).toEqual({
            kind: 'unmapped',
            via: 'none'
        });
        // B9: every org status without an OmniToSoftphone row is named at load too.
        expect(mapping.diagnostics.map((d) => `${d.problem} ${d.record}`)).toEqual([
            'major-state-unmapped Busy Inbound',
            'unmapped-status Available',
            'unmapped-status Lunch',
            'unmapped-status Away',
            'unmapped-status Training'
        ]);
    });

    it('B2 uses the explicit target, else the busy flag, else the unmapped fallback', () => {
        const base = {
            statuses,
            mappings: [
                toSoftphone('Lunch', 'Lunch', 'Away', 'Lunch'),
                toSoftphone('Away_Busy', 'Away', null, null, { Busy__c: true }),
                toSoftphone('Available_Not_Busy', 'Available', null, null, { Busy__c: false })
            ]
        };
        const mapping = compileMapping({ ...base, settings }, catalogue);
        expect(mapping.omniToSoftphone('Lunch')).toMatchObject({
            kind: 'state',
            state: { major: 'Away', minor: 'Lunch' },
            via: 'row'
        });
        expect(mapping.omniToSoftphone('Away')).toMatchObject({
            kind: 'state',
            state: { major: 'Away', minor: null },
            via: 'busyFlag'
        });
        expect(mapping.omniToSoftphone('Available')).toMatchObject({
            kind: 'state',
            state: { major: 'Ready' },
            via: 'busyFlag'
        });
        // B2's default: a status with no row follows its own option; Training has no channels, so busy.
        expect(mapping.omniToSoftphone('Training')).toEqual({
            kind: 'state',
            state: { major: 'Away', minor: null },
            record: null,
            via: 'fallback'
        });
        const noChange = compileMapping(
            { ...base, settings: { ...settings, Unmapped_Status_Action__c: 'NoChange' } },
            catalogue
        );
        expect(noChange.omniToSoftphone('Training')).toEqual({ kind: 'unmapped' });

        const ready = compileMapping(
            { ...base, settings: { ...settings, Unmapped_Status_Action__c: 'ReadyState' } },
            catalogue
        );
        expect(ready.omniToSoftphone('Training')).toMatchObject({
            kind: 'state',
            state: { major: 'Ready' },
            via: 'fallback'
        });
        const byType = compileMapping(
            { ...base, settings: { ...settings, Unmapped_Status_Action__c: 'ByStatusType' } },
            catalogue
        );
        expect(byType.omniToSoftphone('Training')).toMatchObject({
            kind: 'state',
            state: { major: 'Away' },
            via: 'fallback'
        });
    });

    it('B9 applies the configured status for unmapped softphone states', () => {
        const mapping = compileMapping(
            { statuses, mappings: [], settings: { ...settings, Unmapped_State_Status__c: 'Away' } },
            catalogue
        );
        expect(mapping.softphoneToOmni({ major: 'Ready', minor: null })).toMatchObject({
            kind: 'status',
            status: 'Away',
            via: 'fallback'
        });
    });

    it('reports every bad row by name, skips it, and keeps the rest working', () => {
        const mapping = compileMapping(
            {
                settings,
                statuses,
                mappings: [
                    toOmni('Good', 'Ready', null, 'Available'),
                    row('No_Direction', { Softphone_State__c: 'Away', Presence_Status__c: 'Away' }),
                    row('Odd_Direction', {
                        Direction__c: 'Sideways',
                        Softphone_State__c: 'Away',
                        Presence_Status__c: 'Away'
                    }),
                    toOmni('Odd_Action', 'Away', null, 'Away', { Action__c: 'Explode' }),
                    toOmni('No_Status', 'Away', null, null),
                    toOmni('Unknown_Status', 'Away', null, 'Vacation'),
                    toOmni('Unknown_State', 'Holiday', null, 'Away'),
                    toOmni('Minor_Only', '', 'Lunch', 'Lunch'),
                    toSoftphone('Reserved_Target', 'Training', 'Busy Inbound'),
                    toSoftphone('Logout_Wrong_Way', 'Lunch', null, null, { Action__c: 'LogOutOfOmni' }),
                    toOmni('Duplicate_A', 'Away', 'Lunch', 'Lunch'),
                    toOmni('Duplicate_B', 'Away', 'Lunch', 'Lunch'),
                    toOmni('Contradiction_A', 'Away', 'Break', 'Away'),
                    toOmni('Contradiction_B', 'Away', 'Break', 'Training'),
                    toOmni('Switched_Off', 'Away', null, 'Nowhere', { Active__c: false })
                ]
            },
            catalogue
        );
        const problems = mapping.diagnostics.map((d) => `${d.problem} ${d.record}`);
        expect(problems).toEqual(
            expect.arrayContaining([
                'blank-field No_Direction',
                'bad-value Odd_Direction',
                'bad-value Odd_Action',
                'blank-field No_Status',
                'unknown-status Unknown_Status',
                'unknown-state Unknown_State',
                'blank-field Minor_Only',
                'reserved-target Reserved_Target',
                'bad-value Logout_Wrong_Way',
                'duplicate-row Duplicate_B',
                'contradictory-rows Contradiction_A',
                'contradictory-rows Contradiction_B'
            ])
        );
        expect(problems.some((p) => p.includes('Switched_Off'))).toBe(false);
        expect(problems.some((p) => p.endsWith(' Good'))).toBe(false);
        // The good rows still work; the contradicted state falls back to its major row, which no row provides.
        expect(mapping.softphoneToOmni({ major: 'Ready', minor: null })).toMatchObject({ status: 'Available' });
        expect(mapping.softphoneToOmni({ major: 'Away', minor: 'Lunch' })).toMatchObject({
            status: 'Lunch',
            record: 'Duplicate_A'
        });
        expect(mapping.softphoneToOmni({ major: 'Away', minor: 'Break' })).toEqual({ kind: 'unmapped', via: 'none' });
        for (const diagnostic of mapping.diagnostics) expect(diagnostic.message.length).toBeGreaterThan(10);
    });

    it('reads namespaced field names the same as plain ones', () => {
        const record = {
            DeveloperName: 'Ns',
            ps__Direction__c: 'SoftphoneToOmni',
            ps__Softphone_State__c: 'Ready',
            ps__Presence_Status__c: 'Available'
        };
        expect(withoutNamespace(record)).toEqual({
            DeveloperName: 'Ns',
            Direction__c: 'SoftphoneToOmni',
            Softphone_State__c: 'Ready',
            Presence_Status__c: 'Available'
        });
        const mapping = compileMapping(
            { settings: { ps__Ready_State__c: 'Ready' }, statuses, mappings: [record] },
            catalogue
        );
        expect(mapping.softphoneToOmni({ major: 'Ready', minor: null })).toMatchObject({ status: 'Available' });
    });

    it('resolves status ids by their first 15 characters', () => {
        const mapping = compileMapping({ settings, statuses, mappings: [] });
        expect(mapping.statusById('0N5000000000001')?.developerName).toBe('Available');
        expect(mapping.statusById('0N5000000000002AAA')?.developerName).toBe('Lunch');
        expect(mapping.statusById('not an id')).toBeNull();
    });

    it('spells states as the catalogue does, and knows which are reserved', () => {
        const mapping = compileMapping({ settings, statuses, mappings: [] }, catalogue);
        expect(mapping.canonical({ major: 'away', minor: 'lunch' })).toEqual({ major: 'Away', minor: 'Lunch' });
        expect(mapping.isReserved({ major: 'Busy Inbound', minor: null })).toBe(true);
        expect(mapping.isReserved({ major: 'Away', minor: 'Lunch' })).toBe(false);
        expect(formatState({ major: 'Away', minor: 'Lunch' })).toBe('Away / Lunch');
    });

    it('checks the settings against the statuses and the catalogue', () => {
        const mapping = compileMapping(
            {
                statuses,
                mappings: [],
                settings: {
                    DeveloperName: 'Default',
                    Login_Status__c: 'Nowhere',
                    Ready_State__c: 'Busy Inbound',
                    Busy_Fallback_State__c: 'Holiday',
                    Startup_Authority__c: 'Coin',
                    Command_Retry_Limit__c: 99,
                    Capacity_Threshold_Percent__c: 150,
                    Work_Accepted_State__c: 'Busy Inbound'
                }
            },
            catalogue
        );
        const fields = mapping.diagnostics.filter((d) => d.problem === 'bad-setting').map((d) => d.field);
        expect(fields).toEqual(
            expect.arrayContaining([
                'Login_Status__c',
                'Ready_State__c',
                'Busy_Fallback_State__c',
                'Startup_Authority__c',
                'Command_Retry_Limit__c',
                'Capacity_Threshold_Percent__c'
            ])
        );
        expect(fields).not.toContain('Work_Accepted_State__c');
        expect(mapping.settings.loginStatus).toBeNull();
        expect(mapping.settings.startupAuthority).toBe('Softphone');
        expect(mapping.settings.retryLimit).toBe(3);
        expect(mapping.settings.capacityThresholdPercent).toBeNull();
    });

    it('defaults every setting when no settings record exists, and says so', () => {
        const problems: SettingProblem[] = [];
        const defaults = readSettings(null, problems);
        expect(problems).toEqual([]);
        expect(defaults).toMatchObject({
            syncEnabled: true,
            startupAuthority: 'Softphone',
            logoutOmniOnSoftphoneLogout: true,
            logoutSoftphoneOnOmniLogout: true,
            revertAfterInbound: false,
            holdDuringInteraction: true,
            retryLimit: 3,
            commandTimeoutMs: 10000,
            auditLogSize: 200
        });
        expect(defaults.unmappedStatusAction).toBe('ByStatusType');
        expect(defaults.revertScope).toBe('Inbound');
        const mapping = compileMapping({ settings: null, statuses, mappings: [] });
        expect(mapping.diagnostics.map((d) => d.problem)).toEqual([
            'missing-settings',
            ...statuses.map(() => 'unmapped-status')
        ]);
    });

    it('derives the allowed origins from the softphone URL and rejects what is not an origin', () => {
        const problems: SettingProblem[] = [];
        const parsed = readSettings(
            {
                Softphone_Url__c: 'https://pad.example.com:443/app?x=1',
                Allowed_Origins__c: 'javascript:alert(1), https://b.example.com:8443'
            },
            problems
        );
        expect(parsed.allowedOrigins).toEqual(['https://b.example.com:8443']);
        expect(problems.map((p) => p.field)).toEqual(['Allowed_Origins__c']);
        expect(readSettings({ Softphone_Url__c: 'https://pad.example.com:443/app' }, []).allowedOrigins).toEqual([
            'https://pad.example.com'
        ]);
        expect(originOf('http://user@evil.example')).toBeNull();
        expect(originOf('HTTP://Local.Host:80/')).toBe('http://local.host');
    });
});

describe('allowed origins', () => {
    it('refuses wildcards: the host needs exact origins', () => {
        const problems: SettingProblem[] = [];
        expect(
            readSettings({ Allowed_Origins__c: 'https://*.example.com https://pad.example.com' }, problems)
                .allowedOrigins
        ).toEqual(['https://pad.example.com']);
        expect(problems).toHaveLength(1);
    });
});
