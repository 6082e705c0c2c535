// Fails when a generated module grows past its size budget, naming the file, its size, the budget and
// the platform's limit; warns when it comes within its warning margin of the budget.
//   node scripts/check-size.mjs
//
// The platform's limit: "A component's JavaScript file can have a maximum file size of 1 MB (1,000,000
// bytes)" (LWC Developer Guide, "Component JavaScript File",
// https://developer.salesforce.com/docs/platform/lwc/guide/create-components-javascript.html). Older
// editions of the same page said 128 KB (131,072 bytes)
// (https://developer.salesforce.com/docs/component-library/documentation/lwc/create_components_javascript).
// The budget of each module that ships stays under the older limit, so the package deploys whichever
// edition an org or a tool enforces. CONTRIBUTING.md ("Size budgets") records the figures.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Today's limit per component JavaScript file (bytes), LWC Developer Guide. */
export const PLATFORM_LIMIT = 1_000_000;
/** The limit older editions of the LWC Developer Guide gave (128 KB), the budget of every shipped module. */
export const OLD_PLATFORM_LIMIT = 131_072;

/**
 * Each generated file, its budget (a hard failure beyond it) and its warning margin (a warning once the
 * file is within `warnMargin` bytes of the budget). `limit` is the platform's limit for the file, or
 * null for files the platform never sees. `optional` files are checked only when built.
 */
export const BUDGETS = [
    {
        file: 'force-app/main/default/lwc/presenceSync/presenceSync.js',
        what: "the agent's console module",
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 4096,
        limit: PLATFORM_LIMIT
    },
    {
        file: 'force-app/main/default/lwc/presenceSyncBridge/presenceSyncBridge.js',
        what: 'the softphone bridge host the console module imports',
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 16384,
        limit: PLATFORM_LIMIT
    },
    {
        file: 'force-app/main/default/lwc/presenceSyncMapping/presenceSyncMapping.js',
        what: 'the mapping model and compiler the console, Setup page and panel modules import',
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 16384,
        limit: PLATFORM_LIMIT
    },
    {
        file: 'force-app/main/default/lwc/presenceSyncEngine/presenceSyncEngine.js',
        what: 'the sync engine the console, Setup page and panel modules import',
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 16384,
        limit: PLATFORM_LIMIT
    },
    {
        file: 'force-app/main/default/lwc/presenceSyncPanelModel/presenceSyncPanelModel.js',
        what: "the panel's display model and exports",
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 16384,
        limit: PLATFORM_LIMIT
    },
    {
        file: 'force-app/main/default/lwc/presenceSyncSetupKit/presenceSyncSetupKit.js',
        what: "the Setup page's compiler and dry run",
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 16384,
        limit: PLATFORM_LIMIT
    },
    {
        file: 'force-app/main/default/lwc/presenceSyncSharedLabels/presenceSyncSharedLabels.js',
        what: 'the labels the panel and the Setup page share',
        budget: OLD_PLATFORM_LIMIT,
        warnMargin: 16384,
        limit: PLATFORM_LIMIT
    },
    // The softphone-side client runs on the vendor's page, not on the platform: its budget is page weight.
    {
        file: 'dist/presence-bridge-client.min.js',
        what: 'the softphone client (minified, for softphone pages)',
        budget: 32768,
        warnMargin: 4096,
        limit: null,
        optional: true
    }
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Measures each budgeted file under `root` and returns what to report: `failures` (over budget or
 * missing), `warnings` (within the margin) and `lines` (one per file measured).
 */
export async function checkSizes(budgets = BUDGETS, root = '.') {
    const failures = [];
    const warnings = [];
    const lines = [];
    for (const entry of budgets) {
        let size;
        try {
            size = (await stat(join(root, entry.file))).size;
        } catch {
            if (!entry.optional) failures.push(`MISSING: ${entry.file} (${entry.what}) is not built`);
            continue;
        }
        const limit = entry.limit === null ? 'no platform limit' : `platform limit ${entry.limit} B`;
        const figures = `${size} B (${kb(size)}); budget ${entry.budget} B, ${limit}`;
        if (size > entry.budget) {
            failures.push(
                `OVER BUDGET: ${entry.file} (${entry.what}) is ${figures}: ${size - entry.budget} B over. ` +
                    'Make the module smaller (or split it), or raise its budget in scripts/check-size.mjs ' +
                    'and CONTRIBUTING.md with the reason.'
            );
        } else if (size > entry.budget - entry.warnMargin) {
            warnings.push(
                `NEAR BUDGET: ${entry.file} (${entry.what}) is ${figures}: ${entry.budget - size} B left ` +
                    `(warning margin ${entry.warnMargin} B).`
            );
        } else {
            lines.push(`within budget: ${entry.file} ${figures}: ${entry.budget - size} B left`);
        }
    }
    return { failures, warnings, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const { failures, warnings, lines } = await checkSizes();
    for (const line of lines) console.log(line);
    for (const warning of warnings) console.warn(`WARNING ${warning}`);
    for (const failure of failures) console.error(failure);
    process.exit(failures.length === 0 ? 0 : 1);
}
