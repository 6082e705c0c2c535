/**
 * The notice table (notice-table.ts) is the one list of notices: every row is worded in English and in
 * Spanish and reaches the panel, every engine key has a row (the compiler), and no notice the engine
 * reports is ever shown in the engine's English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTICES, noticeLabels, type NoticeCode, type NoticeRow } from './notice-table';
import { runtimeNotice } from './notices';
import type { DiagnosticInput } from './types';

const repo = join(__dirname, '..', '..');
const root = join(repo, 'force-app', 'main', 'default');
const PREFIX = 'Presence_Sync_';

/** Label name → text, read straight from a metadata file (no fallback from Spanish to English). */
function labelsIn(file: string, entry: string, nameTag: string, textTag: string): Map<string, string> {
    const xml = readFileSync(join(root, file), 'utf8');
    const out = new Map<string, string>();
    for (const [, body = ''] of xml.matchAll(new RegExp(`<${entry}>([\\s\\S]*?)</${entry}>`, 'g'))) {
        const name = new RegExp(`<${nameTag}\\s*>([^<]+)</${nameTag}>`).exec(body)?.[1];
        const text = new RegExp(`<${textTag}\\s*>([\\s\\S]*?)</${textTag}>`).exec(body)?.[1];
        if (name !== undefined && name.startsWith(PREFIX)) out.set(name.slice(PREFIX.length), (text ?? '').trim());
    }
    return out;
}
const ENGLISH = labelsIn('labels/CustomLabels.labels-meta.xml', 'labels', 'fullName', 'value');
const SPANISH = labelsIn('translations/es.translation-meta.xml', 'customLabels', 'name', 'label');
/** The labels the panel imports: its own module and the module it shares with the Setup page. */
const IMPORTED = new Set(
    ['presenceSyncPanel/labels.js', 'presenceSyncSharedLabels/presenceSyncSharedLabels.js'].flatMap((file) =>
        [...readFileSync(join(root, 'lwc', file), 'utf8').matchAll(/@salesforce\/label\/c\.Presence_Sync_(\w+)/g)].map(
            (m) => m[1] as string
        )
    )
);
/** Notice labels whose English is also the right Spanish. */
const SAME_IN_SPANISH = new Set(['Notice_other']);

const ENGINE_ENGLISH = 'the engine says this in English';
const sample = (key: string): DiagnosticInput => ({
    code: 'command-failed',
    key,
    severity: 'warning',
    subject: 'Away / Lunch',
    message: ENGINE_ENGLISH,
    params: { state: 'Away', minor: 'Lunch', status: 'Lunch', side: 'softphone', reason: 'on a call', hours: '9' }
});

describe('the notice table', () => {
    const rows = Object.entries(NOTICES) as [NoticeCode, NoticeRow][];

    it.each(noticeLabels())('%s is worded in English and Spanish, and the panel imports it', (label) => {
        expect({ label, english: ENGLISH.get(label) ?? 'missing' }).not.toEqual({ label, english: 'missing' });
        expect(ENGLISH.get(label)).not.toBe('');
        expect(SPANISH.get(label) ?? 'missing').not.toBe('missing');
        if (!SAME_IN_SPANISH.has(label)) expect(SPANISH.get(label)).not.toBe(ENGLISH.get(label));
        expect(IMPORTED.has(label)).toBe(true);
    });

    it('names every notice label there is: no Notice_ label outside the table', () => {
        const named = new Set<string>(noticeLabels());
        // The configuration problems' own sentences are worded by config-notices.ts from the same rows.
        const orphans = [...ENGLISH.keys()].filter((name) => /^Notice_/.test(name) && !named.has(name));
        expect(orphans).toEqual([]);
    });

    it('gives every row a wording, and every notice the engine reports while running a way to say it', () => {
        const running = ['show', 'whileInState', 'untilSidesAgree', 'unlessSoftphoneLoading'];
        for (const [code, row] of rows) {
            expect({ code, wording: row.wording.length > 0 }).toEqual({ code, wording: true });
            if (running.includes(row.action))
                expect({ code, says: row.say !== undefined }).toEqual({ code, says: true });
        }
    });

    it.each(rows.filter(([, row]) => row.say !== undefined && row.action !== 'panel'))(
        '%s is said by one of its own labels, never in the engine English',
        (code, row) => {
            const notice = runtimeNotice(sample(code), 'n', { canConfigure: true });
            expect(notice).not.toBeNull();
            expect(row.wording).toContain(notice?.key);
            if (code !== 'other') {
                expect(notice?.key).not.toBe('Notice_other');
                expect(notice?.params).not.toContain(ENGINE_ENGLISH);
            }
        }
    );

    it.each([
        [
            'late',
            'Notice_softphone_stays_logged_out',
            /vuelva a iniciar sesión en el softphone, o cierre la sesión de Omni-Channel/
        ],
        ['start', 'Notice_softphone_stays_logged_out_start', /inicie sesión en él o cierre la de Omni-Channel/],
        ['login', 'Notice_softphone_stays_logged_out_start', /inicie sesión en él o cierre la de Omni-Channel/]
    ])('says a softphone left logged out (%s) with the words of its cause', (reason, key, spanishToDo) => {
        const diagnostic: DiagnosticInput = {
            code: 'softphone-stays-logged-out',
            severity: 'warning',
            subject: 'softphone',
            message: ENGINE_ENGLISH,
            params: { reason }
        };
        expect(runtimeNotice(diagnostic, 'n', { canConfigure: false })).toMatchObject({ key, severity: 'warning' });
        expect(ENGLISH.get(key)).toMatch(/log in to the softphone again, or log out of Omni-Channel/);
        expect(SPANISH.get(key)).toMatch(spanishToDo);
    });

    it('words a code this version does not know without alarm words of its own (a view from another version)', () => {
        const notice = runtimeNotice(sample('somethingNew'), 'n', { canConfigure: false });
        expect(notice).toMatchObject({ key: 'Notice_other', severity: 'warning' });
    });
});

// A key of the engine's DiagnosticKey without a row is a compile error (`npx tsc --noEmit`): the table must
// name every code, so dropping one does not type-check.
const { omniMaintenance: dropped, ...withoutOne } = NOTICES;
// @ts-expect-error omniMaintenance has no row
const incomplete: Record<NoticeCode, NoticeRow> = withoutOne;

it('cannot drop a row without a compile error (checked by tsc, above)', () => {
    expect(Object.keys(incomplete)).not.toContain('omniMaintenance');
    expect(dropped.wording).toEqual(['Notice_omni_maintenance']);
});
