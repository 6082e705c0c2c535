/**
 * The admin guide's dry-run commands, run as written: `npm run simulate -- --metadata <folder>` and
 * `npm run simulate -- --check --metadata <folder>` on records laid out as `sf project retrieve`
 * writes them. They print both mapping tables and every problem, and exit 1 on an error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RECORDS = join(ROOT, 'force-app/main/default/customMetadata');
const SAMPLE_RECORDS = join(ROOT, 'force-app/org-setup/customMetadata');

function record(label: string, values: Record<string, string | boolean | null>): string {
    const fields = Object.entries(values)
        .map(([field, value]) =>
            value === null
                ? `<values><field>${field}</field><value xsi:nil="true"/></values>`
                : `<values><field>${field}</field><value xsi:type="xsd:${typeof value === 'boolean' ? 'boolean' : 'string'}">${String(value)}</value></values>`
        )
        .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><label>${label}</label><protected>false</protected>${fields}</CustomMetadata>`;
}

/**
 * A retrieved folder: the package's records (the shipped ones and, where they are kept apart, the active
 * sample set of force-app/org-setup), plus one row that names a status the org does not have.
 */
function retrievedFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'retrieved-'));
    const records = join(dir, 'force-app/main/default/customMetadata');
    cpSync(RECORDS, records, { recursive: true });
    if (existsSync(SAMPLE_RECORDS)) cpSync(SAMPLE_RECORDS, join(dir, 'samples/customMetadata'), { recursive: true });
    writeFileSync(
        join(records, 'Presence_Mapping.Softphone_Away_Training.md-meta.xml'),
        record('Softphone Away / Training', {
            Direction__c: 'SoftphoneToOmni',
            Softphone_State__c: 'Away',
            Softphone_Minor_State__c: 'Training',
            Presence_Status__c: 'Training',
            Action__c: 'Map',
            Active__c: true
        })
    );
    return dir;
}

/** How many mapping rows a folder holds, at any depth. */
function mappingRows(dir: string): number {
    return readdirSync(dir, { recursive: true }).filter((file) =>
        /Presence_Mapping\.[^/]*\.md-meta\.xml$/.test(String(file))
    ).length;
}

/** As the admin guide writes it (npm run builds the tools first), or straight to the script once built. */
function simulate(how: 'npm' | 'node', ...args: string[]) {
    const command = how === 'npm' ? ['npm', 'run', '-s', 'simulate', '--'] : ['node', 'scripts/simulate.mjs'];
    const run = spawnSync(command[0] ?? 'npm', [...command.slice(1), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000
    });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('npm run simulate on retrieved records (admin guide dry run)', () => {
    let folder: string;
    beforeAll(() => {
        folder = retrievedFolder();
    });
    afterAll(() => {
        rmSync(folder, { recursive: true, force: true });
    });

    it('--check --metadata prints both tables and every problem, and fails on an error', () => {
        const { status, out } = simulate('npm', '--check', '--metadata', folder);
        expect(out).toContain('Presence status → softphone state');
        expect(out).toContain('Softphone state → presence status');
        expect(out).toMatch(/Lunch \(Lunch\)\s+busy\s+→ Away \/ Lunch\s+\[(Sample_)?Omni_Lunch\]/);
        // The bad row is skipped: the state follows its major state, as the sync would.
        expect(out).toMatch(/Away \/ Training\s+→ Away\s+\[(Sample_)?Softphone_Away\]\s+\(follows its major state\)/);
        expect(out).toMatch(/ERROR\s+unknown-status\s+Softphone_Away_Training/);
        expect(out).not.toContain('usage:');
        expect(status).toBe(1);
    }, 120_000);

    it('--metadata alone (as the admin guide writes it) runs the same check', () => {
        const { out } = simulate('node', '--metadata', folder);
        expect(out).toContain('Presence Sync configuration check');
        expect(out).toContain(`records:  ${mappingRows(folder)} mapping rows`);
        expect(out).not.toContain('usage:');
    }, 120_000);

    it('a record file that is not well-formed XML is named and skipped; the other records are still checked', () => {
        const broken = mkdtempSync(join(tmpdir(), 'retrieved-broken-'));
        try {
            cpSync(folder, broken, { recursive: true });
            const file = join(broken, 'force-app/main/default/customMetadata/Presence_Mapping.Broken.md-meta.xml');
            writeFileSync(file, '<?xml version="1.0"?><CustomMetadata><label>Broken</label><values><field>');
            const { status, out } = simulate('node', '--check', '--metadata', broken);
            expect(out).toMatch(/ERROR .*Presence_Mapping\.Broken\.md-meta\.xml: not well-formed XML .*skipped/);
            expect(out).toContain('Softphone state → presence status');
            expect(out).toMatch(/ERROR\s+unknown-status\s+Softphone_Away_Training/);
            expect(status).toBe(1);
        } finally {
            rmSync(broken, { recursive: true, force: true });
        }
    }, 120_000);

    it('the shipped records check clean', () => {
        const { status, out } = simulate('node', '--check');
        expect(out).toMatch(/Problems: 0 errors/);
        expect(status).toBe(0);
    }, 120_000);
});

/** An HTTP call to the local simulator (Jest's DOM environment has no fetch). */
function call(url: string, method = 'GET'): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request(url, { method }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => {
                resolve({ status: response.statusCode ?? 0, body });
            });
        });
        req.on('error', reject);
        req.end();
    });
}

describe('npm start -- --metadata <folder> (issue 12, item 13)', () => {
    let folder: string;
    beforeAll(() => {
        folder = retrievedFolder();
    });
    afterAll(() => {
        rmSync(folder, { recursive: true, force: true });
    });

    it('serves the console and the Setup page the retrieved records', async () => {
        const server = spawn('npm', ['start', '--', '--metadata', folder, '--port', '0'], {
            cwd: ROOT,
            detached: true
        });
        try {
            const origin = await new Promise<string>((resolve, reject) => {
                let out = '';
                const timer = setTimeout(() => {
                    reject(new Error(`the simulator did not start: ${out}`));
                }, 170_000);
                const read = (chunk: Buffer) => {
                    out += chunk.toString();
                    const match = /Console simulator: (http:\/\/localhost:\d+)\//.exec(out);
                    if (match?.[1] !== undefined && out.includes('Records from')) {
                        clearTimeout(timer);
                        resolve(match[1]);
                    }
                };
                server.stdout.on('data', read);
                server.stderr.on('data', read);
            });
            const configuration = JSON.parse((await call(`${origin}/api/configuration`)).body) as {
                mappings: { DeveloperName: string }[];
            };
            expect(configuration.mappings.map((m) => m.DeveloperName)).toContain('Softphone_Away_Training');
            const setup = JSON.parse((await call(`${origin}/api/setup/getSetup`, 'POST')).body) as {
                mappings: { DeveloperName: string }[];
            };
            expect(setup.mappings).toHaveLength(mappingRows(folder));
            expect((await call(`${origin}/setup`)).status).toBe(200);
        } finally {
            if (server.pid !== undefined) process.kill(-server.pid);
        }
    }, 180_000);
});
