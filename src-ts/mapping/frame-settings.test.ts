/**
 * The settings that decide what the softphone frame loads and may use (security review,
 * docs/security-review.md): https only for the Softphone URL and the allowed origins (http only on a
 * loopback host), worded apart in English and Spanish for the panel and the Setup page, and the
 * camera only where Softphone Camera asks for it.
 */
import { join } from 'node:path';
import { compileMapping } from './compile';
import { frameOriginOf, readSettings, type SettingProblem } from './records';
import { configProblemText } from '../panel/config-notices';
import { sayText } from '../panel/text';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('../../scripts/lib/custom-labels.cjs') as {
    readLabels: (root: string, language?: string, prefix?: string) => Record<string, string>;
};
const EN = readLabels(join(__dirname, '..', '..'), 'en', 'Presence_Sync_');
const ES = readLabels(join(__dirname, '..', '..'), 'es', 'Presence_Sync_');

describe('https only for the softphone frame', () => {
    it.each([
        ['https://pad.example.com/app', 'https://pad.example.com'],
        ['HTTPS://Pad.Example.com:443/', 'https://pad.example.com'],
        ['https://pad.example.com:8443', 'https://pad.example.com:8443'],
        // Loopback: never leaves the machine, and a secure context for the browser (the simulator's softphone).
        ['http://localhost:4801/contactpad.html', 'http://localhost:4801'],
        ['http://LOCALHOST/', 'http://localhost'],
        ['http://127.0.0.1:4801', 'http://127.0.0.1:4801'],
        ['http://[::1]:8080/pad', 'http://[::1]:8080']
    ])('%s may be loaded and talked to (%s)', (url, origin) => {
        expect(frameOriginOf(url)).toBe(origin);
    });

    it.each([
        'http://pad.example.com/app',
        'http://localhost.example.com',
        'http://127.0.0.1.example.com',
        'http://localhost@pad.example.com',
        'http://10.0.0.5:8080',
        'ftp://pad.example.com',
        'javascript:alert(1)',
        'https://*.example.com'
    ])('%s is refused', (url) => {
        expect(frameOriginOf(url)).toBeNull();
    });

    it('an http Softphone URL is not used, and the problem says it is http (reason insecure)', () => {
        const problems: SettingProblem[] = [];
        const settings = readSettings({ Softphone_Url__c: 'http://pad.example.com/app' }, problems);
        expect(settings.softphoneUrl).toBeNull();
        // Nor does its origin become an allowed origin by default.
        expect(settings.allowedOrigins).toEqual([]);
        expect(problems).toEqual([
            {
                field: 'Softphone_Url__c',
                value: 'http://pad.example.com/app',
                message: 'http is for localhost only; ignored',
                reason: 'insecure'
            }
        ]);
    });

    it('an http allowed origin is dropped; https and loopback ones stay', () => {
        const problems: SettingProblem[] = [];
        const settings = readSettings(
            {
                Softphone_Url__c: 'https://pad.example.com/app',
                Allowed_Origins__c: 'http://pad.example.com https://b.example.com http://localhost:4801 nonsense'
            },
            problems
        );
        expect(settings.softphoneUrl).toBe('https://pad.example.com/app');
        expect(settings.allowedOrigins).toEqual(['https://b.example.com', 'http://localhost:4801']);
        expect(problems.map((p) => [p.value, p.reason])).toEqual([
            ['http://pad.example.com', 'insecure'],
            ['nonsense', undefined]
        ]);
    });

    it("the simulator's loopback softphone works with no problem", () => {
        const problems: SettingProblem[] = [];
        const settings = readSettings({ Softphone_Url__c: 'http://localhost:4801/contactpad.html' }, problems);
        expect(settings.softphoneUrl).toBe('http://localhost:4801/contactpad.html');
        expect(settings.allowedOrigins).toEqual(['http://localhost:4801']);
        expect(problems).toEqual([]);
    });

    it('the Setup page and the panel word it apart, in English and in Spanish', () => {
        const compiled = compileMapping({
            mappings: [],
            statuses: [],
            settings: { DeveloperName: 'Default', Softphone_Url__c: 'http://pad.example.com/app' }
        });
        const found = compiled.diagnostics.filter((d) => d.problem === 'bad-setting');
        expect(found).toHaveLength(1);
        expect(found[0]!.params).toMatchObject({ field: 'Softphone_Url__c', reason: 'insecure' });
        const text = configProblemText(found[0]!);
        expect(text.key).toBe('Config_insecureUrl');
        expect(sayText(EN, text)).toBe(
            'Presence Sync Setting “Default”: Softphone URL is “http://pad.example.com/app”, an http address, so it ' +
                "is not used. The softphone gets the agent's microphone and exchanges presence with Salesforce: it " +
                'must be https (http only for localhost, for testing). Correct Softphone URL in Setup.'
        );
        expect(sayText(ES, text)).toContain('«http://pad.example.com/app», una dirección http, así que no se usa');
        expect(sayText(ES, text)).toContain('URL del softphone');
    });

    it('a value that is no address at all keeps the general wording', () => {
        const compiled = compileMapping({
            mappings: [],
            statuses: [],
            settings: { DeveloperName: 'Default', Allowed_Origins__c: 'pad.example.com' }
        });
        const found = compiled.diagnostics.filter((d) => d.problem === 'bad-setting');
        expect(configProblemText(found[0]!).key).toBe('Config_badSetting');
    });
});

describe('Softphone Camera', () => {
    it('is off unless the setting says so', () => {
        expect(readSettings(null, []).softphoneCamera).toBe(false);
        expect(readSettings({ Softphone_Camera__c: false }, []).softphoneCamera).toBe(false);
        expect(readSettings({ Softphone_Camera__c: true }, []).softphoneCamera).toBe(true);
        expect(readSettings({ ns__Softphone_Camera__c: 'true' }, []).softphoneCamera).toBe(true);
    });

    it('is named by its Setup label in both languages', () => {
        expect(EN.Field_Softphone_Camera).toBe('Softphone Camera');
        expect(ES.Field_Softphone_Camera).toBe('Cámara del softphone');
    });
});
