import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETAIL_KEYS, detailTrace } from './detail-keys';
import { runScenario, type Scenario, type ScenarioConfiguration } from '../scenario/runner';
import { detailText } from '../panel/decisions';
import { CAUSES, LABEL_REF, sayText } from '../panel/text';
import defaultsJson from '../test-support/package-defaults.generated.json';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('../../scripts/lib/custom-labels.cjs') as {
    readLabels: (root: string, language?: string, prefix?: string) => Record<string, string>;
};

const repo = join(__dirname, '..', '..');
const EN = readLabels(repo, 'en', 'Presence_Sync_');
const ES = readLabels(repo, 'es', 'Presence_Sync_');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

const SCENARIO_DIR = join(repo, 'scenarios');
const defaults = defaultsJson as unknown as ScenarioConfiguration;
const decisions = readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
        const scenario = JSON.parse(readFileSync(join(SCENARIO_DIR, file), 'utf8')) as Scenario;
        const run = runScenario(scenario, defaults);
        return run.trace.flatMap((entry) => entry.decisions.map((decision) => ({ file, decision })));
    });

describe('B20 decision details: a key the panel words in English and Spanish', () => {
    it('every detail key has its label in English and a Spanish translation with the same placeholders', () => {
        for (const key of DETAIL_KEYS) {
            const english = EN[`Detail_${key}`];
            const spanish = ES[`Detail_${key}`];
            expect([key, typeof english]).toEqual([key, 'string']);
            expect([key, spanish === english]).toEqual([key, false]);
            expect([key, placeholders(spanish ?? '')]).toEqual([key, placeholders(english ?? '')]);
        }
        const labelled = Object.keys(EN)
            .filter((name) => name.startsWith('Detail_') && name !== 'Detail_saved')
            .map((name) => name.slice('Detail_'.length));
        expect(labelled.filter((key) => !(DETAIL_KEYS as readonly string[]).includes(key))).toEqual([]);
    });

    it("every cause the package's own code gives has its label in English and Spanish", () => {
        for (const cause of CAUSES) {
            const name = `Cause_${cause.replace(/-/g, '_')}`;
            expect([cause, typeof EN[name], ES[name] !== EN[name]]).toEqual([cause, 'string', true]);
        }
        const labelled = Object.keys(EN).filter((name) => name.startsWith('Cause_'));
        expect(labelled.length).toBe(CAUSES.length);
    });

    it('every decision of every scenario carries a known key and the values its sentence names', () => {
        const seen = new Set<string>();
        for (const { file, decision } of decisions) {
            const key = decision.detailKey ?? '(none)';
            seen.add(key);
            expect([file, key, (DETAIL_KEYS as readonly string[]).includes(key)]).toEqual([file, key, true]);
            const named = placeholders(EN[`Detail_${key}`] ?? '');
            const missing = named.filter((name) => decision.detailParams?.[name] === undefined);
            expect([file, key, missing]).toEqual([file, key, []]);
            for (const language of [EN, ES]) {
                const text = sayText(language, detailText({ ...decision, seq: 0 }, { canConfigure: true }));
                expect([file, key, /\{\w+\}/.test(text) || text.includes(LABEL_REF)]).toEqual([file, key, false]);
            }
            expect(detailTrace(decision).startsWith(key)).toBe(true);
        }
        // The scenarios reach most of the engine's reasons (the rest are covered by the panel tests).
        expect(seen.size).toBeGreaterThan(40);
    });
});
