import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_VERSION } from './package-version';

describe('the package version the support bundle carries', () => {
    it("is sfdx-project.json's versionNumber without its build number", () => {
        const project = JSON.parse(readFileSync(join(__dirname, '../../sfdx-project.json'), 'utf8')) as {
            packageDirectories: { default?: boolean; versionNumber?: string }[];
        };
        const versionNumber = project.packageDirectories.find((d) => d.default === true)?.versionNumber ?? '';
        expect(versionNumber.split('.').slice(0, 3).join('.')).toBe(PACKAGE_VERSION);
        expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    });
});
