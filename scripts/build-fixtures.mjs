// Writes the test fixtures derived from the package's own metadata (see lib/package-defaults.mjs).
// `npm test` fails when a committed fixture no longer matches what this script would write.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { loadPackageDefaults } from '../lib/package-defaults.mjs';

const { readLabels } = createRequire(import.meta.url)('../lib/custom-labels.cjs');

/**
 * The labels the panel and the Setup page both word with: a decision's detail (src-ts/engine/detail-keys.ts) and the
 * words filled into it, and a configuration problem (the Config_ sentences with the field and type names they use).
 */
const SHARED_LABEL =
    /^Presence_Sync_(Detail_|Cause_|Work_action_|Work_event_|Direction_|Config_|Field_|Type_|(No_reason|Offline|Unknown|Logged_Out|Notice_config|Notice_config_field)$)/;

/**
 * The LWC module that imports the shared labels, for the panel and the Setup page alike: one
 * `@salesforce/label` import per label, in a map keyed by the label name without `Presence_Sync_`.
 */
export function renderSharedLabels(root = '.') {
    const names = Object.keys(readLabels(root))
        .filter((name) => SHARED_LABEL.test(name))
        .sort();
    const lines = [
        '// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the',
        '// Custom Labels the panel and the Setup page share. Keys are the label names without Presence_Sync_.',
        ...names.map((name, index) => `import d${index} from '@salesforce/label/c.${name}';`),
        '',
        'export const SHARED_LABELS = {',
        ...names.map(
            (name, index) =>
                `    ${name.slice('Presence_Sync_'.length)}: d${index}${index === names.length - 1 ? '' : ','}`
        ),
        '};',
        ''
    ];
    return lines.join('\n');
}

export async function renderFixtures() {
    const defaults = await loadPackageDefaults();
    return [
        {
            path: 'src-ts/test-support/package-defaults.generated.json',
            content: `${JSON.stringify(defaults, null, 2)}\n`
        },
        {
            path: 'force-app/main/default/lwc/presenceSyncSharedLabels/presenceSyncSharedLabels.js',
            content: renderSharedLabels()
        }
    ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    for (const fixture of await renderFixtures()) {
        await writeFile(fixture.path, fixture.content);
        console.log(`wrote ${fixture.path}`);
    }
}
