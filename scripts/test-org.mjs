// Runs the Apex tests in a fresh scratch org: creates it from config/project-scratch-def.json,
// deploys the sample org set-up and the package, assigns the permission sets, runs the tests,
// and deletes the org (unless --keep). Needs a Dev Hub authorised with the Salesforce CLI:
//   sf org login web --set-default-dev-hub --alias devhub
//   npm run test:org [-- --keep] [-- --alias my-scratch]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
    options: { keep: { type: 'boolean', default: false }, alias: { type: 'string', default: 'presence-sync-test' } }
});
const alias = values.alias;

function sf(args, { json = false, allowFailure = false } = {}) {
    console.log(`$ sf ${args.join(' ')}`);
    const run = spawnSync('sf', json ? [...args, '--json'] : args, {
        stdio: json ? 'pipe' : 'inherit',
        encoding: 'utf8'
    });
    if (run.error) {
        console.error(`could not run the Salesforce CLI: ${run.error.message}`);
        process.exit(2);
    }
    if (run.status !== 0 && !allowFailure) {
        if (json) console.error(run.stdout || run.stderr);
        console.error(`sf ${args[0]} ${args[1] ?? ''} failed (exit ${run.status})`);
        process.exit(1);
    }
    return json ? JSON.parse(run.stdout || '{}') : null;
}

const orgs = sf(['org', 'list'], { json: true, allowFailure: true });
const devHubs = [...(orgs?.result?.devHubs ?? []), ...(orgs?.result?.nonScratchOrgs ?? [])].filter(
    (org) => org.isDevHub
);
if (devHubs.length === 0) {
    console.error(
        'No Dev Hub is authorised, so no scratch org can be created.\n' +
            'Authorise one first:  sf org login web --set-default-dev-hub --alias devhub\n' +
            'Then run:             npm run test:org'
    );
    process.exit(1);
}

let failed = false;
sf([
    'org',
    'create',
    'scratch',
    '--definition-file',
    'config/project-scratch-def.json',
    '--alias',
    alias,
    '--duration-days',
    '1',
    '--wait',
    '20'
]);
try {
    // Sample presence statuses first (the sample permission set names them); the rest of the org set-up,
    // including the active sample mapping rows, needs the package's custom metadata types, so it goes last.
    sf([
        'project',
        'deploy',
        'start',
        '--source-dir',
        'force-app/org-setup/servicePresenceStatuses',
        '--source-dir',
        'force-app/org-setup/serviceChannels',
        '--target-org',
        alias,
        '--wait',
        '30'
    ]);
    sf(['project', 'deploy', 'start', '--source-dir', 'force-app/main', '--target-org', alias, '--wait', '30']);
    sf(['project', 'deploy', 'start', '--source-dir', 'force-app/org-setup', '--target-org', alias, '--wait', '30']);
    sf([
        'org',
        'assign',
        'permset',
        '--name',
        'Presence_Sync_Admin',
        '--name',
        'Presence_Sync_Sample_Statuses',
        '--target-org',
        alias
    ]);
    const tests = spawnSync(
        'sf',
        [
            'apex',
            'run',
            'test',
            '--target-org',
            alias,
            '--test-level',
            'RunLocalTests',
            '--code-coverage',
            '--result-format',
            'human',
            '--wait',
            '30'
        ],
        { stdio: 'inherit' }
    );
    failed = tests.status !== 0;
} finally {
    if (!values.keep) sf(['org', 'delete', 'scratch', '--target-org', alias, '--no-prompt'], { allowFailure: true });
}
process.exit(failed ? 1 : 0);
