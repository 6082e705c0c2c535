// Writes the files derived from the package's own metadata: the custom metadata types' field lists and the labels
// that name their fields (see lib/field-lists.mjs), the test fixtures (see lib/package-defaults.mjs) and the three
// modules of Custom Label imports (see lib/label-modules.mjs), in that order: the label modules read the labels.
// `npm test` fails when a committed fixture no longer matches what this script would write.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadPackageDefaults } from '../lib/package-defaults.mjs';
import { renderLabelModules } from './lib/label-modules.mjs';
import { renderFieldFiles } from '../lib/field-lists.mjs';

/** Every file this script writes, as `{ path, content }`. */
export async function renderFixtures() {
    return [...renderFieldFiles(), ...(await renderMetadataFixtures())];
}

async function renderMetadataFixtures() {
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
    // The fields' files first: the label modules are rendered from the labels file they rewrite.
    for (const render of [async () => renderFieldFiles(), renderMetadataFixtures]) {
        for (const fixture of await render()) {
            await writeFile(fixture.path, fixture.content);
            console.log(`wrote ${fixture.path}`);
        }
    }
}
