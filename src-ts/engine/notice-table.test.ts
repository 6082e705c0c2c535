/**
 * The engine's codes, keys and severities derive from its notice table: one row per running code, each code
 * raised under its own row's key and severity, and the table imports nothing of the panel's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_NOTICES, NOTICE_KEYS, noticeSeverity, type DiagnosticCode, type RunningCode } from './notice-table';
import { createEngine, initialState } from './engine';
import { addNotice } from './context';

const rows = Object.entries(ENGINE_NOTICES);

describe('the engine notice table', () => {
    it('gives each running code one row', () => {
        const codes = rows.map(([, row]) => row.code).filter((code) => code !== 'config');
        expect(codes.length).toBeGreaterThan(0);
        expect(new Set(codes).size).toBe(codes.length);
    });

    it.each(rows.filter(([, row]) => row.code !== 'config'))(
        '%s: its code is reported under its key and severity',
        (key, row) => {
            const code = row.code as RunningCode;
            expect(NOTICE_KEYS[code]).toBe(key);
            expect(noticeSeverity(code)).toBe(row.severity);
        }
    );

    it('reports a notice the engine raises by its row (key, severity)', () => {
        const engine = createEngine({ mappings: [], settings: null, statuses: [] });
        const state = initialState();
        addNotice(state, { code: 'omni-handover', subject: 'omni', detail: 'handed over', params: {} });
        addNotice(state, { code: 'command-failed', subject: 'Away', detail: 'refused', params: {} });
        addNotice(state, { code: 'config', subject: 'settings', detail: 'bad', params: {} });
        const added = ['omni', 'Away', 'settings'];
        const running = engine
            .diagnostics(state)
            .filter((d) => added.includes(d.subject) && d.key !== 'missingSettings');
        expect(running.map((d) => [d.code, d.key, d.severity])).toEqual([
            ['omni-handover', 'omniHandover', 'info'],
            ['command-failed', 'commandFailed', 'error'],
            ['config', 'badSetting', 'warning']
        ]);
    });

    it('keeps its codes in kebab case, and the engine room free of the panel room', () => {
        const code: DiagnosticCode = 'config';
        for (const [, row] of rows) expect(row.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(code).toBe('config');
        const source = readFileSync(join(__dirname, 'notice-table.ts'), 'utf8');
        expect(source).not.toMatch(/from '\.\.\/(panel|runtime)\//);
        expect(source).not.toMatch(/from '\.\/(?!\.)/);
    });
});
