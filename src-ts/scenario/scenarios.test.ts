import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTrace, runScenario, type Scenario, type ScenarioConfiguration } from './runner';
import defaultsJson from '../test-support/package-defaults.generated.json';

const SCENARIO_DIR = join(__dirname, '..', '..', 'scenarios');
const defaults = defaultsJson as unknown as ScenarioConfiguration;
const files = readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();

describe('behaviour scenarios', () => {
    it('cover every engine behaviour id of the catalogue', () => {
        const ids = new Set(
            files
                .map((file) => /^b(\d+)-/.exec(file)?.[1])
                .filter(Boolean)
                .map(Number)
        );
        const required = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20];
        expect(required.filter((id) => !ids.has(id))).toEqual([]);
    });

    it.each(files)('%s', (file) => {
        const scenario = JSON.parse(readFileSync(join(SCENARIO_DIR, file), 'utf8')) as Scenario;
        const run = runScenario(scenario, defaults);
        if (!run.passed) throw new Error(`${file} failed\n${formatTrace(run)}`);
        expect(run.passed).toBe(true);
    });
});
