import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lwcConfig from '@salesforce/eslint-config-lwc';
import auraPlugin from '@salesforce/eslint-plugin-aura';
import lockerPlugin from '@locker/eslint-plugin-locker';

const LWC = '**/lwc/**/*.js';
const LWC_TESTS = '**/lwc/**/__tests__/**/*.js';
const JEST_MOCKS = 'force-app/test/jest-mocks/**/*.js';
const AURA = '**/aura/**/*.js';
const AURA_TESTS = '**/aura/**/__tests__/**/*.js';
const GENERATED_MODULE =
    'force-app/main/default/lwc/{presenceSync/presenceSync,presenceSyncBridge/presenceSyncBridge,presenceSyncMapping/presenceSyncMapping,presenceSyncEngine/presenceSyncEngine,presenceSyncPanelModel/presenceSyncPanelModel,presenceSyncSetupKit/presenceSyncSetupKit}.js';

/**
 * Lightning Web Security's lint rules for the code that ships, at the severities of the
 * `recommended` configuration of @locker/eslint-config-locker 0.24.8 (its base rules as errors,
 * the others as warnings; this lint allows no warnings). Each names an API that LWS blocks or
 * distorts (see the rule docs in node_modules/@locker/eslint-plugin-locker/docs/rules/).
 */
const LOCKER_ERRORS = [
    'distorted-cookie-store-blocked-properties',
    'distorted-data-transfer-blocked-properties',
    'distorted-document-blocked-properties',
    'distorted-document-domain-setter',
    'distorted-element-blocked-properties',
    'distorted-html-element-blocked-properties',
    'distorted-html-embed-object-element-blocked-properties',
    'distorted-html-iframe-element-blocked-properties',
    'distorted-navigator-service-worker-getter',
    'distorted-shared-worker-constructor',
    'distorted-window-blocked-properties',
    'distorted-window-onstorage-setter',
    'distorted-worker-constructor',
    'undefined-document-all'
];
const LOCKER_WARNINGS = [
    'distorted-cookie-store-properties',
    'distorted-document-cookie',
    'distorted-document-exec-command',
    'distorted-element-get-inner-html',
    'distorted-element-inner-html-setter',
    'distorted-element-insert-adjacent-html',
    'distorted-element-outer-html-setter',
    'distorted-element-set-attribute',
    'distorted-element-set-html',
    'distorted-element-sethtmlunsafe',
    'distorted-element-toggle-attribute',
    'distorted-html-element-inner-text-setter',
    'distorted-html-element-outer-text-setter',
    'distorted-html-iframe-script-element-src-setter',
    'distorted-html-link-element-rel-list-setter',
    'distorted-html-link-element-rel-setter',
    'distorted-named-node-map-set-named-item',
    'distorted-node-text-content-setter',
    'distorted-range-create-contextual-fragment',
    'distorted-range-delete-contents',
    'distorted-range-extract-contents',
    'distorted-storage-constructor',
    'distorted-trusted-type-policy-factory-create-policy',
    'distorted-url-create-object-url',
    'distorted-window-fetch',
    'distorted-window-frames-getter',
    'distorted-window-length-getter',
    'distorted-window-set-interval',
    'distorted-window-set-timeout',
    'distorted-xml-http-request-window-open'
];
/**
 * Three distortions the package relies on knowingly, checked in the browser suite's `lws` mode
 * (scripts/e2e/platform.test.mjs) rather than flagged at every use:
 * - Storage: LWS gives each namespace its own storage by prefixing keys (`LSKey[c]…`); the runtime
 *   keeps its state there and reads tab messages with the prefix.
 * - setTimeout: LWS changes it only for a string argument (evaluated in the sandbox); the package
 *   passes functions only, which `no-implied-eval` enforces.
 * - URL.createObjectURL: LWS allows a Blob URL only for a bare MIME type on its allow-list
 *   (`application/json`, `text/plain`, …; no `;charset=` parameter, no `text/csv`); the panel's
 *   exports use those two, and the B20 export runs in `lws` mode.
 */
const LOCKER_RELIED_ON = [
    'distorted-storage-constructor',
    'distorted-window-set-timeout',
    'distorted-url-create-object-url'
];
/**
 * No logical assignment (`??=`, `||=`, `&&=`) to a member (`this.x ??= …`, `a.b ||= …`) in code the
 * platform compiles: that shape failed the platform's LWC compile (salesforce/lwc#2772), and the Aura
 * framework's parser predates ES2021. Plain `if` assignments say the same. The generated modules
 * are covered too (src-ts/ compiles to ES2020, which has no logical assignment; this rule keeps it so).
 * Proved by scripts/__tests__/lint-rules.test.mjs.
 */
const NO_MEMBER_LOGICAL_ASSIGNMENT = {
    'no-restricted-syntax': [
        'error',
        ...['??=', '||=', '&&='].map((operator) => ({
            selector: `AssignmentExpression[operator='${operator}'][left.type='MemberExpression']`,
            message: `No \`${operator}\` on a member in shipped LWC or Aura code: the platform's LWC compile failed on \`this.x ${operator} …\` (salesforce/lwc#2772). Write an if and a plain assignment.`
        }))
    ]
};
/**
 * Size limits for the TypeScript source (issue 20): no file over 400 lines and no function over 80, counting every
 * line (blank lines and comments too), so that each file stays one named part a newcomer can read. Tests
 * (`*.test.ts`) are left out; test support is not.
 */
const SIZE_LIMITS = {
    'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
    'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }]
};
const lockerRecommended = {
    plugins: { '@locker/locker': lockerPlugin },
    rules: {
        ...Object.fromEntries([
            ...LOCKER_ERRORS.map((rule) => [`@locker/locker/${rule}`, 'error']),
            ...LOCKER_WARNINGS.map((rule) => [`@locker/locker/${rule}`, 'warn']),
            ...LOCKER_RELIED_ON.map((rule) => [`@locker/locker/${rule}`, 'off'])
        ]),
        'no-implied-eval': 'error'
    }
};

export default defineConfig([
    globalIgnores(['dist/', 'coverage/', 'test-results/', '**/.sfdx/', '**/.sf/', '**/.localdevserver/']),
    // The generated module is linted for what LWS does to it only: its style is src-ts/'s, linted there.
    { files: [LWC, JEST_MOCKS], ignores: [GENERATED_MODULE], extends: [lwcConfig.configs.recommended] },
    {
        files: [GENERATED_MODULE],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        plugins: lockerRecommended.plugins,
        rules: {
            ...lockerRecommended.rules,
            // The bridge envelope's `nonce` is a field of a parsed JSON message, not the blocked
            // HTMLElement.prototype.nonce; the rule matches any member of that name. The module
            // creates no elements (src-ts has no DOM code), and the hand-written LWC keeps the rule.
            '@locker/locker/distorted-html-element-blocked-properties': 'off'
        }
    },
    // Lightning Web Security's rules for all the code that ships (not its tests).
    { files: [LWC, AURA], ignores: [LWC_TESTS, AURA_TESTS, GENERATED_MODULE], ...lockerRecommended },
    {
        files: [LWC_TESTS, JEST_MOCKS],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            '@lwc/lwc/no-async-operation': 'off',
            '@lwc/lwc/no-document-query': 'off',
            'no-await-in-loop': 'off'
        }
    },
    {
        files: [AURA],
        extends: [auraPlugin.configs.locker],
        rules: {
            // An Aura controller file is a bare object literal in parentheses.
            'no-unused-expressions': 'off',
            'vars-on-top': 'off',
            // Aura passes (component, event, helper) whether or not they are used.
            // An ignored failure still names its binding: Aura's parser predates optional catch bindings.
            'no-unused-vars': ['error', { vars: 'all', args: 'none', caughtErrors: 'none' }]
        }
    },
    {
        // Jest tests of the Aura bundle: they run in Node and evaluate the bundle's files.
        files: [AURA_TESTS],
        languageOptions: {
            ecmaVersion: 'latest',
            sourceType: 'commonjs',
            globals: { ...globals.node, ...globals.jest }
        },
        rules: { 'no-unused-expressions': 'error' }
    },
    {
        files: ['src-ts/**/*.ts'],
        extends: [js.configs.recommended, tseslint.configs.strictTypeChecked],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }]
        }
    },
    { files: ['src-ts/**/*.ts'], ignores: ['src-ts/**/*.test.ts'], rules: SIZE_LIMITS },
    {
        files: ['src-ts/**/*.test.ts', 'src-ts/test-support/**/*.ts'],
        rules: {
            '@typescript-eslint/no-non-null-assertion': 'off',
            '@typescript-eslint/no-floating-promises': 'off'
        }
    },
    {
        files: ['scripts/**/*.{js,mjs}', 'lib/**/*.mjs', 'simulator/*.mjs', '*.{js,mjs}'],
        extends: [js.configs.recommended],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.nodeBuiltin }
    },
    {
        files: ['scripts/**/*.cjs', 'lib/**/*.cjs'],
        extends: [js.configs.recommended],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', globals: globals.node }
    },
    {
        // The browser tests hand functions to the page (page.evaluate), which run there.
        files: ['scripts/e2e.mjs', 'scripts/e2e/**/*.mjs', 'scripts/bench-e2e.mjs', 'scripts/bench-e2e/**/*.mjs'],
        languageOptions: { globals: { ...globals.nodeBuiltin, ...globals.browser } }
    },
    {
        // Pages of the console simulator (run in the browser).
        files: ['simulator/console/**/*.js', 'simulator/contactpad/**/*.js'],
        extends: [js.configs.recommended],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.browser }
    },
    {
        files: ['simulator/contactpad/**/*.js'],
        languageOptions: { sourceType: 'script' }
    },
    {
        // The simulator's stand-ins for lightning/* base components: LWC modules.
        files: ['simulator/stand-ins/**/*.js'],
        extends: [lwcConfig.configs.recommended]
    },
    // Last, so that no earlier block's `no-restricted-syntax` replaces it: every shipped LWC and Aura
    // file, the generated modules included (their tests run in Node and are left out).
    { files: [LWC, AURA], ignores: [LWC_TESTS, AURA_TESTS], rules: NO_MEMBER_LOGICAL_ASSIGNMENT }
]);
