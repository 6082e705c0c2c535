import sfdxLwcJest from '@salesforce/sfdx-lwc-jest/config.js';

const { jestConfig } = sfdxLwcJest;

export default {
    ...jestConfig,
    testMatch: ['<rootDir>/src-ts/**/*.test.ts', '<rootDir>/force-app/**/__tests__/**/*.test.js'],
    moduleNameMapper: {
        // Components are tested against the TypeScript source of the service module, not the generated
        // file (`npm test`'s generated step checks that file against a fresh build).
        '^c/presenceSync$': '<rootDir>/src-ts/lwc/presenceSync.ts',
        '^c/presenceSyncSetupKit$': '<rootDir>/src-ts/lwc/presenceSyncSetupKit.ts'
    },
    setupFiles: ['<rootDir>/force-app/test/jest-setup/labels.js'],
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv ?? []), '<rootDir>/force-app/test/jest-setup/sa11y.js'],
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/dist'],
    testPathIgnorePatterns: ['/node_modules/'],
    clearMocks: true
};
