// Writes the test fixtures derived from the package's own metadata (see lib/package-defaults.mjs).
// `npm test` fails when a committed fixture no longer matches what this script would write.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { loadPackageDefaults } from './lib/package-defaults.mjs';

const { readLabels } = createRequire(import.meta.url)('./lib/custom-labels.cjs');

/** The labels a decision's detail is made of (src-ts/engine/detail-keys.ts): its sentences and the words filled in. */
const DETAIL_LABEL =
    /^Presence_Sync_(Detail_|Work_action_|Work_event_|Direction_|(No_reason|Offline|Unknown|Logged_Out)$)/;

/**
 * The LWC module that imports the decision-detail labels, for the panel and the Setup page alike: one
 * `@salesforce/label` import per label, in a map keyed by the label name without `Presence_Sync_`.
 */
export function renderDetailLabels(root = '.') {
    const names = Object.keys(readLabels(root))
        .filter((name) => DETAIL_LABEL.test(name))
        .sort();
    const lines = [
        '// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the',
        '// Custom Labels a decision detail is worded with. Keys are the label names without Presence_Sync_.',
        ...names.map((name, index) => `import d${index} from '@salesforce/label/c.${name}';`),
        '',
        'export const DETAIL_LABELS = {',
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
            path: 'force-app/main/default/lwc/presenceSyncDetailLabels/presenceSyncDetailLabels.js',
            content: renderDetailLabels()
        }
    ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    for (const fixture of await renderFixtures()) {
        await writeFile(fixture.path, fixture.content);
        console.log(`wrote ${fixture.path}`);
    }
}
