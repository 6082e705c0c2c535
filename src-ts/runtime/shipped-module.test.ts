/**
 * The generated service module (force-app/main/default/lwc/presenceSync/presenceSync.js, built by
 * `npm run build`) as the platform runs it: it names no global but the ECMAScript intrinsics
 * (Lightning Locker has no `globalThis`), and it starts and coordinates its tabs in a Locker-like
 * realm and a Lightning-Web-Security-like one, with every window API passed in by the component.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { FakeBrowser, settleBrowser, type FakeWindowOptions } from '../test-support/fake-browser';
import type { PlatformPort } from './platform';
import type { RuntimeOptions, SyncView } from './runtime';

interface ScopeReference {
    identifier: { name: string; start: number };
}
interface EslintScope {
    analyze(ast: unknown, options: Record<string, unknown>): { globalScope: { through: ScopeReference[] } };
}
// eslint-scope has no type declarations; it comes with the lint toolchain.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslintScope = require('eslint-scope') as EslintScope;

const MODULE = join(__dirname, '../../force-app/main/default/lwc/presenceSync/presenceSync.js');
const source = readFileSync(MODULE, 'utf8');

/** The ECMAScript standard built-ins (ECMA-262 "The Global Object"), without `globalThis`. */
const INTRINSICS = new Set([
    'Infinity',
    'NaN',
    'undefined',
    'eval',
    'isFinite',
    'isNaN',
    'parseFloat',
    'parseInt',
    'decodeURI',
    'decodeURIComponent',
    'encodeURI',
    'encodeURIComponent',
    'AggregateError',
    'Array',
    'ArrayBuffer',
    'BigInt',
    'BigInt64Array',
    'BigUint64Array',
    'Boolean',
    'DataView',
    'Date',
    'Error',
    'EvalError',
    'FinalizationRegistry',
    'Float32Array',
    'Float64Array',
    'Function',
    'Int8Array',
    'Int16Array',
    'Int32Array',
    'Map',
    'Number',
    'Object',
    'Promise',
    'Proxy',
    'RangeError',
    'ReferenceError',
    'RegExp',
    'Set',
    'SharedArrayBuffer',
    'String',
    'Symbol',
    'SyntaxError',
    'TypeError',
    'Uint8Array',
    'Uint8ClampedArray',
    'Uint16Array',
    'Uint32Array',
    'URIError',
    'WeakMap',
    'WeakRef',
    'WeakSet',
    'Atomics',
    'JSON',
    'Math',
    'Reflect'
]);

type Program = acorn.Program;

const SETUP_KIT = join(__dirname, '../../force-app/main/default/lwc/presenceSyncSetupKit/presenceSyncSetupKit.js');
const BRIDGE = join(__dirname, '../../force-app/main/default/lwc/presenceSyncBridge/presenceSyncBridge.js');
const MAPPING = join(__dirname, '../../force-app/main/default/lwc/presenceSyncMapping/presenceSyncMapping.js');
const ENGINE = join(__dirname, '../../force-app/main/default/lwc/presenceSyncEngine/presenceSyncEngine.js');
const PANEL_MODEL = join(
    __dirname,
    '../../force-app/main/default/lwc/presenceSyncPanelModel/presenceSyncPanelModel.js'
);

function parse(text = source): Program {
    return acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
}

/** Every identifier the module reads from the global scope, with where it first appears. */
function freeIdentifiers(program: Program): Map<string, number> {
    const analysis = eslintScope.analyze(program, {
        ecmaVersion: 2022,
        sourceType: 'module',
        fallback: 'iteration'
    });
    const found = new Map<string, number>();
    for (const reference of analysis.globalScope.through) {
        if (!found.has(reference.identifier.name)) found.set(reference.identifier.name, reference.identifier.start);
    }
    return found;
}

/**
 * A module's exports, evaluated as a script in `context` (its `export {…}` becomes a return). Each import must
 * name a module of `modules` and a binding that module exports, else this throws, naming both: the platform would
 * fail to load the module.
 */
function evaluateModule(
    name: string,
    text: string,
    context: vm.Context,
    modules: Record<string, Record<string, unknown>> = {}
): Record<string, unknown> {
    const program = parse(text);
    let body = text;
    const exports: string[] = [];
    const imports: string[] = [];
    for (const node of [...program.body].reverse()) {
        if (node.type === 'ImportDeclaration') {
            const from = String(node.source.value);
            const imported = modules[from];
            if (imported === undefined) throw new Error(`${name} imports ${from}, which the platform would not load`);
            for (const specifier of node.specifiers) {
                if (specifier.type !== 'ImportSpecifier') throw new Error(`${name}: expected named imports of ${from}`);
                const binding =
                    specifier.imported.type === 'Identifier'
                        ? specifier.imported.name
                        : String(specifier.imported.value);
                if (!Object.hasOwn(imported, binding))
                    throw new Error(`${name} imports ${binding} from ${from}, which does not export it`);
                imports.push(
                    `const ${specifier.local.name} = __modules[${JSON.stringify(from)}][${JSON.stringify(binding)}];`
                );
            }
            body = body.slice(0, node.start) + body.slice(node.end);
            continue;
        }
        if (node.type !== 'ExportNamedDeclaration') continue;
        if (node.declaration || node.source) throw new Error('expected one `export { … }` list');
        for (const specifier of node.specifiers) {
            const local = specifier.local.type === 'Identifier' ? specifier.local.name : String(specifier.local.value);
            const exported =
                specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
            exports.push(`${JSON.stringify(exported)}: ${local}`);
        }
        body = body.slice(0, node.start) + body.slice(node.end);
    }
    const run = vm.runInContext(
        `(function (__modules) {\n${imports.join('\n')}\n${body}\nreturn { ${exports.join(', ')} };\n})`,
        context
    ) as (modules: Record<string, Record<string, unknown>>) => Record<string, unknown>;
    return run(modules);
}

/**
 * The modules the others import, evaluated in `context`, by name: `c/presenceSyncBridge` and `c/presenceSyncMapping`
 * import nothing; `c/presenceSyncEngine` imports `c/presenceSyncMapping`, evaluated first.
 */
function dependencies(context: vm.Context): Record<string, Record<string, unknown>> {
    const mapping = evaluateModule('c/presenceSyncMapping', readFileSync(MAPPING, 'utf8'), context);
    return {
        'c/presenceSyncBridge': evaluateModule('c/presenceSyncBridge', readFileSync(BRIDGE, 'utf8'), context),
        'c/presenceSyncMapping': mapping,
        'c/presenceSyncEngine': evaluateModule('c/presenceSyncEngine', readFileSync(ENGINE, 'utf8'), context, {
            'c/presenceSyncMapping': mapping
        })
    };
}

/**
 * `c/presenceSync` as the platform loads it: `c/presenceSyncBridge`, `c/presenceSyncMapping` and
 * `c/presenceSyncEngine` first, in the same realm, then the module.
 */
function evaluate(context: vm.Context): Record<string, unknown> {
    return evaluateModule('c/presenceSync', source, context, dependencies(context));
}

/** The modules a module's text imports from, sorted, and the bindings it imports from `from`. */
function importsOf(text: string, from?: string): { modules: string[]; bindings: string[] } {
    const imports = parse(text).body.flatMap((node) => (node.type === 'ImportDeclaration' ? [node] : []));
    const bindings = imports
        .filter((node) => node.source.value === from)
        .flatMap((node) => node.specifiers)
        .map((specifier) =>
            specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : ''
        );
    return { modules: [...new Set(imports.map((node) => String(node.source.value)))].sort(), bindings };
}

function lockerRealm(): vm.Context {
    const context = vm.createContext({});
    // Lightning Locker gives components no `globalThis` (SalesforceLabs/OrgCheck issue 633).
    vm.runInContext('delete globalThis.globalThis;', context);
    expect(vm.runInContext('typeof globalThis', context)).toBe('undefined');
    return context;
}

interface ShippedModule {
    PresenceSyncRuntime: new (options: RuntimeOptions) => {
        start(): void;
        stop(): void;
        takeOver(): void;
        readonly role: string;
        view(): SyncView;
    };
    browserPlatform: (win: unknown) => PlatformPort;
}

const configuration = { mappings: [], statuses: [], settings: null };

function openConsole(module: ShippedModule, browser: FakeBrowser, options: FakeWindowOptions) {
    const win = browser.window(options);
    const calls: string[] = [];
    const views: SyncView[] = [];
    const runtime = new module.PresenceSyncRuntime({
        configuration,
        toolkit: {
            call: (method) => {
                calls.push(method);
                return Promise.resolve(method === 'getServicePresenceStatusId' ? null : {});
            }
        },
        createBridge: () => null,
        userId: '005000000000001',
        platform: module.browserPlatform(win),
        onView: (view) => views.push(view)
    });
    return { win, runtime, calls, views };
}

describe('the shipped module', () => {
    it.each([
        ['c/presenceSync', MODULE],
        ['c/presenceSyncBridge', BRIDGE],
        ['c/presenceSyncMapping', MAPPING],
        ['c/presenceSyncEngine', ENGINE],
        ['c/presenceSyncSetupKit', SETUP_KIT],
        ['c/presenceSyncPanelModel', PANEL_MODEL]
    ])('C4: %s names no global but the ECMAScript intrinsics (no globalThis, window, timers, storage …)', (_, file) => {
        const text = readFileSync(file, 'utf8');
        const found = freeIdentifiers(parse(text));
        const foreign = [...found].filter(([name]) => !INTRINSICS.has(name));
        const described = foreign.map(([name, at]) => `${name} (at ${at}: …${text.slice(at - 30, at + 30)}…)`);
        expect(described).toEqual([]);
    });

    it('the bridge host is a module of its own, c/presenceSyncBridge, exporting every binding the console module imports from it', () => {
        const { modules, bindings: imported } = importsOf(source, 'c/presenceSyncBridge');
        expect(modules).toEqual(['c/presenceSyncBridge', 'c/presenceSyncEngine', 'c/presenceSyncMapping']);
        const bridge = evaluateModule('c/presenceSyncBridge', readFileSync(BRIDGE, 'utf8'), vm.createContext({}));
        expect(imported).toContain('BridgeHost');
        expect(imported.filter((binding) => !Object.hasOwn(bridge, binding))).toEqual([]);
        // The bridge's code is in c/presenceSyncBridge only: the protocol's name is not in the console module.
        expect(readFileSync(BRIDGE, 'utf8')).toContain('omni-presence-bridge');
        expect(source).not.toContain('omni-presence-bridge');
    });

    it.each([
        ['c/presenceSync', MODULE, 'formatState'],
        ['c/presenceSyncEngine', ENGINE, 'compileMapping'],
        ['c/presenceSyncSetupKit', SETUP_KIT, 'compileMapping'],
        ['c/presenceSyncPanelModel', PANEL_MODEL, 'compileMapping']
    ])(
        'the mapping model and compiler are a module of their own, c/presenceSyncMapping: %s imports them from it, each binding it exports',
        (name, file, binding) => {
            const text = readFileSync(file, 'utf8');
            const { bindings } = importsOf(text, 'c/presenceSyncMapping');
            expect(bindings).toContain(binding);
            // Loading the module throws, naming the binding, when c/presenceSyncMapping does not export one it imports.
            const context = vm.createContext({});
            expect(Object.keys(evaluateModule(name, text, context, dependencies(context))).length).toBeGreaterThan(0);
            // The mapping's code is in c/presenceSyncMapping only: a mapping row's direction value is not in the importer.
            expect(readFileSync(MAPPING, 'utf8')).toContain('"SoftphoneToOmni"');
            expect(text).not.toContain('"SoftphoneToOmni"');
        }
    );

    it('c/presenceSyncMapping imports no other module', () => {
        expect(importsOf(readFileSync(MAPPING, 'utf8')).modules).toEqual([]);
    });

    it.each([
        ['c/presenceSync', MODULE, 'createEngine'],
        ['c/presenceSyncSetupKit', SETUP_KIT, 'createEngine'],
        ['c/presenceSyncPanelModel', PANEL_MODEL, 'ENGINE_NOTICES']
    ])(
        'the sync engine is a module of its own, c/presenceSyncEngine: %s imports it from it, each binding it exports',
        (name, file, binding) => {
            const text = readFileSync(file, 'utf8');
            const { bindings } = importsOf(text, 'c/presenceSyncEngine');
            expect(bindings).toContain(binding);
            // Loading the module throws, naming the binding, when c/presenceSyncEngine does not export one it imports.
            const context = vm.createContext({});
            expect(Object.keys(evaluateModule(name, text, context, dependencies(context))).length).toBeGreaterThan(0);
            // The engine's code is in c/presenceSyncEngine only: a reason the engine names is not in the importer.
            expect(readFileSync(ENGINE, 'utf8')).toContain('OmniSupervisorLogout');
            expect(text).not.toContain('OmniSupervisorLogout');
        }
    );

    it('c/presenceSyncEngine imports c/presenceSyncMapping only, which imports no other module: no cycle', () => {
        expect(importsOf(readFileSync(ENGINE, 'utf8')).modules).toEqual(['c/presenceSyncMapping']);
    });

    it('loading a module that imports a binding its dependency does not export fails, naming both', () => {
        const context = vm.createContext({});
        const dependency = evaluateModule('c/dep', 'const a = 1; export { a as present };', context);
        const importer = 'import { missing as m } from "c/dep"; const b = m; export { b };';
        expect(() => evaluateModule('c/importer', importer, context, { 'c/dep': dependency })).toThrow(
            'c/importer imports missing from c/dep, which does not export it'
        );
        expect(
            evaluateModule('c/importer', 'import { present as p } from "c/dep"; export { p };', context, {
                'c/dep': dependency
            })
        ).toEqual({ p: 1 });
    });

    it('the agent console module leaves the dry run to the Setup page', () => {
        const exported = (text: string) =>
            parse(text)
                .body.flatMap((node) => (node.type === 'ExportNamedDeclaration' ? node.specifiers : []))
                .map((specifier) => (specifier.exported.type === 'Identifier' ? specifier.exported.name : ''))
                .sort();
        expect(exported(source)).not.toContain('runScenario');
        expect(exported(readFileSync(SETUP_KIT, 'utf8'))).toEqual([
            'compileMapping',
            'configProblemText',
            'detailText',
            'formatLabel',
            'frameBridge',
            'runScenario',
            'sayText'
        ]);
    });

    it("the panel's display model and exports are a module of their own, outside the agent console module", () => {
        const exported = (text: string) =>
            parse(text)
                .body.flatMap((node) => (node.type === 'ExportNamedDeclaration' ? node.specifiers : []))
                .map((specifier) => (specifier.exported.type === 'Identifier' ? specifier.exported.name : ''))
                .sort();
        expect(exported(source)).not.toContain('panelModel');
        // The health reporter (issue 24) rides in the panel's module too, not in the agent console module.
        expect(exported(source)).not.toContain('HealthReporter');
        expect(exported(readFileSync(PANEL_MODEL, 'utf8'))).toEqual([
            'HealthReporter',
            'PACKAGE_VERSION',
            'decisionsCsv',
            'exportFileName',
            'formatLabel',
            'panelModel',
            'panelUtility',
            'reportDecisions',
            'reportSyncHealthOf',
            'sayText',
            'supportBundleJson'
        ]);
    });

    it('C4: the static check sees a global when there is one', () => {
        const program = acorn.parse('const a = 1; export { a }; setTimeout(() => globalThis.x, a);', {
            ranges: true,
            ecmaVersion: 'latest',
            sourceType: 'module'
        });
        expect([...freeIdentifiers(program).keys()].sort()).toEqual(['globalThis', 'setTimeout']);
    });

    it('B18 under Lightning Locker: no globalThis, no Web Locks, namespaced storage: one tab drives over storage events', async () => {
        const module = evaluate(lockerRealm()) as unknown as ShippedModule;
        const browser = new FakeBrowser();
        const locker: FakeWindowOptions = { model: 'locker', namespace: 'c', broadcastChannel: false };
        const first = openConsole(module, browser, locker);
        first.runtime.start();
        browser.clock.advance(1000);
        await settleBrowser(browser);
        const second = openConsole(module, browser, locker);
        second.runtime.start();
        browser.clock.advance(1000);
        await settleBrowser(browser);
        expect([first.runtime.role, second.runtime.role]).toEqual(['driver', 'follower']);
        expect(second.runtime.view().tabs).toEqual({ coordination: 'ok', softphoneHere: false, canTakeOver: true });
        // The follower shows the driver's view, carried over namespaced storage events.
        expect(second.views.at(-1)?.omni.presence).toBe('offline');
        // Everything the module stored sits under the namespace's prefix, the tabs' secret included.
        expect([...browser.storage.keys()].every((key) => key.startsWith('LSKey[c]'))).toBe(true);
        expect(browser.keysOf('c').some((key) => /tabSecret$/.test(key))).toBe(true);
        expect(first.calls).toContain('getServicePresenceStatusId');
        expect(second.calls).toEqual([]);
        // The driver closes: the follower takes over.
        first.runtime.stop();
        browser.close(first.win);
        browser.clock.advance(1000);
        await settleBrowser(browser);
        expect(second.runtime.role).toBe('driver');
    });

    it('B18 under Lightning Web Security: the storage listener throws, BroadcastChannel and Web Locks carry the tabs', async () => {
        const context = vm.createContext({});
        const module = evaluate(context) as unknown as ShippedModule;
        const browser = new FakeBrowser();
        const lws: FakeWindowOptions = { model: 'lws', namespace: 'c' };
        expect(() => {
            (browser.window(lws).addEventListener as (type: string, l: () => void) => void)('storage', () => undefined);
        }).toThrow("Lightning Web Security: Cannot add 'storage' event listener to Window object");
        const first = openConsole(module, browser, lws);
        const second = openConsole(module, browser, lws);
        first.runtime.start();
        browser.clock.advance(1000);
        await settleBrowser(browser);
        second.runtime.start();
        browser.clock.advance(1000);
        await settleBrowser(browser);
        expect([first.runtime.role, second.runtime.role]).toEqual(['driver', 'follower']);
        expect(second.runtime.view().tabs.coordination).toBe('ok');
        // "Use this tab" moves driving at once.
        second.runtime.takeOver();
        await settleBrowser(browser);
        expect([first.runtime.role, second.runtime.role]).toEqual(['follower', 'driver']);
        expect(second.runtime.view().tabs).toEqual({ coordination: 'ok', softphoneHere: false, canTakeOver: false });
    });

    it('B18 under Lightning Web Security without BroadcastChannel or Web Locks: one tab drives, the other says coordination is unavailable', async () => {
        const module = evaluate(vm.createContext({})) as unknown as ShippedModule;
        const browser = new FakeBrowser();
        const bare: FakeWindowOptions = { model: 'lws', namespace: 'c', broadcastChannel: false, locks: false };
        const first = openConsole(module, browser, bare);
        const second = openConsole(module, browser, bare);
        first.runtime.start();
        second.runtime.start();
        for (let i = 0; i < 10; i++) {
            browser.clock.advance(500);
            await settleBrowser(browser);
        }
        expect([first.runtime.role, second.runtime.role].sort()).toEqual(['driver', 'follower']);
        const follower = first.runtime.role === 'follower' ? first : second;
        expect(follower.runtime.view().tabs).toEqual({
            coordination: 'unavailable',
            softphoneHere: false,
            canTakeOver: true
        });
        expect(follower.runtime.view().decisions.map((d) => d.outcome)).toContain('tabsUncoordinated');
    });
});
