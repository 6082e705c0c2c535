/**
 * One list of toolkit methods: the Aura host's allow-list, the engine's command methods, the
 * runtime's start-up reads and the simulator's toolkit each agree with TOOLKIT_METHODS, and a
 * disagreement fails naming the method and the list it is (or is not) in.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TOOLKIT_COMMAND_METHODS, TOOLKIT_METHODS, TOOLKIT_STARTUP_READS } from './toolkit-methods';
import { FakeToolkit, openTab, settle } from '../test-support/runtime-harness';

/** The simulator's Omni-Channel (plain JavaScript), as the console page loads it. */
const { OmniSimulator } = jest.requireActual<{
    OmniSimulator: new (options: { statuses: unknown[] }) => { methods(): string[] };
}>('../../simulator/console/omni.js');

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The Aura helper evaluated as the framework does (one object literal), as the Aura host's test does. */
function auraAllowList(): string[] {
    const literal = read('force-app/main/default/aura/presenceSyncUtility/presenceSyncUtilityHelper.js')
        .trim()
        .replace(/;$/, '');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const evaluate = new Function('$A', `"use strict";\nreturn (\n${literal}\n);`) as ($A: unknown) => {
        TOOLKIT_METHODS: string[];
    };
    const helper = evaluate({});
    return helper.TOOLKIT_METHODS;
}

/** The `method:` literals of the engine's `OmniCommand` union, read from its source. */
function engineCommandMethods(): string[] {
    const source = read('src-ts/engine/command-types.ts');
    const start = source.indexOf('export type OmniCommand');
    const end = source.indexOf(');', start);
    if (start < 0 || end < 0) throw new Error('OmniCommand is no longer a union in src-ts/engine/command-types.ts');
    return [...source.slice(start, end).matchAll(/method:\s*'(\w+)'/g)].map((match) => match[1]!);
}

/** The methods a runtime calls from start until it is quiet, with no Omni event and no agent action. */
async function runtimeStartupReads(): Promise<string[]> {
    const toolkit = new FakeToolkit();
    const tab = openTab({ toolkit });
    tab.pair.client.start();
    tab.runtime.start();
    for (let elapsed = 0; elapsed < 3000; elapsed += 100) {
        tab.browser.clock.advance(100);
        await settle(tab, 2);
    }
    tab.runtime.stop();
    const commands: readonly string[] = TOOLKIT_COMMAND_METHODS;
    return [...new Set(toolkit.calls.map((call) => call.method))].filter((method) => !commands.includes(method));
}

/**
 * Each method in one list and not the other, as readable lines: "getAgentWorks: in TOOLKIT_METHODS,
 * not in the Aura allow-list". Empty when the two lists hold the same methods.
 */
function disagreements(name: string, actual: readonly string[], expected: readonly string[], expectedName: string) {
    return [
        ...actual.filter((method) => !expected.includes(method)).map((m) => `${m}: in ${name}, not in ${expectedName}`),
        ...expected.filter((method) => !actual.includes(method)).map((m) => `${m}: in ${expectedName}, not in ${name}`)
    ];
}

describe('one list of Omni toolkit methods', () => {
    it('the Aura host allows exactly TOOLKIT_METHODS', () => {
        expect(disagreements('the Aura allow-list', auraAllowList(), TOOLKIT_METHODS, 'TOOLKIT_METHODS')).toEqual([]);
    });

    it("the engine's OmniCommand methods are exactly TOOLKIT_COMMAND_METHODS", () => {
        expect(
            disagreements(
                "the engine's OmniCommand",
                engineCommandMethods(),
                TOOLKIT_COMMAND_METHODS,
                'TOOLKIT_COMMAND_METHODS'
            )
        ).toEqual([]);
    });

    it("the runtime's start-up reads are exactly TOOLKIT_STARTUP_READS", async () => {
        expect(
            disagreements(
                "the runtime's start-up reads",
                await runtimeStartupReads(),
                TOOLKIT_STARTUP_READS,
                'TOOLKIT_STARTUP_READS'
            )
        ).toEqual([]);
    });

    it("the simulator's toolkit answers exactly TOOLKIT_METHODS", () => {
        const simulator = new OmniSimulator({ statuses: [] });
        expect(
            disagreements("the simulator's toolkit", simulator.methods(), TOOLKIT_METHODS, 'TOOLKIT_METHODS')
        ).toEqual([]);
    });

    it('the disagreement names the method and both lists', () => {
        expect(
            disagreements('the Aura allow-list', ['login', 'extra'], ['login', 'logout'], 'TOOLKIT_METHODS')
        ).toEqual([
            'extra: in the Aura allow-list, not in TOOLKIT_METHODS',
            'logout: in TOOLKIT_METHODS, not in the Aura allow-list'
        ]);
    });
});
