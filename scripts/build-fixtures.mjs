// Writes the files derived from the package's own metadata: the test fixtures (see lib/package-defaults.mjs) and
// the three modules of Custom Label imports (see lib/label-modules.mjs).
// `npm test` fails when a committed fixture no longer matches what this script would write.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadPackageDefaults } from '../lib/package-defaults.mjs';
import { renderLabelModules } from './lib/label-modules.mjs';

export async function renderFixtures() {
    const defaults = await loadPackageDefaults();
    return [
        {
            path: 'src-ts/test-support/package-defaults.generated.json',
            content: `${JSON.stringify(defaults, null, 2)}\n`
        },
        ...renderLabelModules()
    ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    for (const fixture of await renderFixtures()) {
        await writeFile(fixture.path, fixture.content);
        console.log(`wrote ${fixture.path}`);
    }
}
