import sfdxLwcJest from '@salesforce/sfdx-lwc-jest/config.js';

const { jestConfig } = sfdxLwcJest;

/**
 * Salesforce's open-source base components (npm `lightning-base-components`), in place of the
 * stubs sfdx-lwc-jest's resolver gives every `lightning/*` import (its resolver.js maps the
 * `lightning` namespace to its own `lightning-stubs` folder; Jest applies moduleNameMapper before
 * the resolver, so these mappings win). The package's own `lwc.modules` in its package.json map
 * each `@salesforce/gate/*` to external/gateStub.js and each `@salesforce/accessCheck/*` to
 * external/flagStub.js; the same mappings are repeated here. `@salesforce/label`, `i18n` and
 * `client` imports are answered by @lwc/jest-transformer's scoped-import transforms.
 */
const BASE_COMPONENTS = '<rootDir>/node_modules/lightning-base-components';
/** Stand-ins for the panel's Apex methods, custom permission and user id, shared by the panel's test files. */
const PLATFORM = '<rootDir>/force-app/test/jest-support/platform';

/** What both projects share: the LWC transform and resolver, the module mappings, mocks cleared between tests. */
const shared = {
    ...jestConfig,
    moduleNameMapper: {
        // Components are tested against the TypeScript source of the service module, not the generated
        // file (`npm test`'s generated step checks that file against a fresh build).
        '^c/presenceSync$': '<rootDir>/src-ts/lwc/presenceSync.ts',
        '^c/presenceSyncBridge$': '<rootDir>/src-ts/lwc/presenceSyncBridge.ts',
        '^c/presenceSyncMapping$': '<rootDir>/src-ts/lwc/presenceSyncMapping.ts',
        '^c/presenceSyncEngine$': '<rootDir>/src-ts/lwc/presenceSyncEngine.ts',
        '^c/presenceSyncPanelModel$': '<rootDir>/src-ts/lwc/presenceSyncPanelModel.ts',
        '^c/presenceSyncSetupKit$': '<rootDir>/src-ts/lwc/presenceSyncSetupKit.ts',
        // CSS-only modules (`@import 'lightning/sldsCommon'` in the components' styles).
        '^lightning/(slds\\w+)$': `${BASE_COMPONENTS}/src/lightning/$1/$1.css`,
        '^lightning/(\\w+)$': `${BASE_COMPONENTS}/src/lightning/$1/$1.js`,
        '^@salesforce/gate/.+$': `${BASE_COMPONENTS}/external/gateStub.js`,
        '^@salesforce/accessCheck/.+$': `${BASE_COMPONENTS}/external/flagStub.js`,
        // The platform modules the panel imports, one stand-in each for every test file
        // (force-app/test/jest-support/platform/).
        '^@salesforce/apex/PresenceSyncController\\.getConfiguration$': `${PLATFORM}/getConfiguration.js`,
        '^@salesforce/apex/PresenceSyncHealthController\\.reportHealth$': `${PLATFORM}/reportHealth.js`,
        '^@salesforce/customPermission/Presence_Sync_Configure$': `${PLATFORM}/configurePermission.js`,
        '^@salesforce/user/Id$': `${PLATFORM}/userId.js`,
        // The Aura utility item's files, for the simulator's Aura (simulator/console/aura-host.js) in Jest.
        '^aura:presenceSyncUtility$': '<rootDir>/force-app/test/jest-setup/aura-bundle.js'
    },
    // The base components ship as LWC source (templates, CSS, ES modules): compiled like the project's own.
    transformIgnorePatterns: [
        '/node_modules/(?!(.*@lwc/state)|(.*@salesforce/sfdx-lwc-jest/src/lightning-stubs)|(lightning-base-components)/)'
    ],
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/dist'],
    testPathIgnorePatterns: ['/node_modules/'],
    clearMocks: true
};

/**
 * Two projects, one `jest` run: the TypeScript under src-ts/ (engine, scenarios, bridge, runtime, panel model) in
 * jsdom without the component set-up, which none of it uses (the Custom Labels read from their metadata, the LWC
 * preset, the accessibility matchers that load axe-core: each cost every test file that loads them); and the
 * components under force-app/ with all of it.
 */
export default {
    projects: [
        {
            ...shared,
            displayName: 'src-ts',
            testMatch: ['<rootDir>/src-ts/**/*.test.ts'],
            setupFilesAfterEnv: []
        },
        {
            ...shared,
            displayName: 'components',
            testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.js'],
            setupFiles: ['<rootDir>/force-app/test/jest-setup/labels.js'],
            setupFilesAfterEnv: [
                ...(jestConfig.setupFilesAfterEnv ?? []),
                '<rootDir>/force-app/test/jest-setup/sa11y.js',
                '<rootDir>/force-app/test/jest-setup/base-components.js'
            ]
        }
    ]
};
