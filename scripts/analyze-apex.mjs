// Apex static analysis with Salesforce Code Analyzer's PMD engine, offline (needs Java 11+), plus the
// project's own rules (lib/apex-rules.mjs). Fails on any Critical (1) or High (2) finding and on any
// blocking project finding; lower severities are printed as warnings.
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, SeverityLevel } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { apexRuleFindings } from './lib/apex-rules.mjs';

const SELECTORS = ['pmd:Recommended:Apex', 'pmd:Security:Apex', 'pmd:AppExchange:Apex'];
const project = JSON.parse(readFileSync('sfdx-project.json', 'utf8'));
const targets = project.packageDirectories
    .map((directory) => resolve(directory.path))
    .filter((path) => existsSync(path));

const workDir = mkdtempSync(join(tmpdir(), 'code-analyzer-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));

const config = CodeAnalyzerConfig.fromObject(
    {
        log_folder: workDir,
        root_working_folder: workDir,
        engines: {
            cpd: { disable_engine: true },
            pmd: {
                rule_languages: ['apex'],
                file_extensions: { apex: ['.cls', '.trigger'], html: [], javascript: [], visualforce: [], xml: [] }
            }
        },
        rules: {
            pmd: {
                // S2: every class declares its sharing model; treat a missing one as blocking.
                ApexSharingViolations: { severity: 'High' }
            }
        }
    },
    process.cwd()
);

const analyzer = new CodeAnalyzer(config);
const errors = [];
const onLog = (event) => {
    if (event.logLevel <= LogLevel.Error) errors.push(event.message);
};
analyzer.onEvent(EventType.LogEvent, onLog);
analyzer.onEvent(EventType.EngineLogEvent, onLog);
await analyzer.addEnginePlugin(createEnginePlugin());

const workspace = await analyzer.createWorkspace(targets);
const files = (await workspace.getTargetedFiles()).filter((file) => /\.(cls|trigger)$/.test(file));
if (files.length === 0) {
    console.log('No Apex sources to analyse.');
    process.exit(0);
}
const selection = await analyzer.selectRules(SELECTORS, { workspace });
if (selection.getCount() === 0) {
    console.error(`Code Analyzer selected no rules (is Java 11+ on PATH?). ${errors.join(' ')}`);
    process.exit(2);
}
const results = await analyzer.run(selection, { workspace });
const violations = results
    .getViolations()
    .map((violation) => {
        const location = violation.getPrimaryLocation();
        return {
            file: location.getFile() ? relative(process.cwd(), location.getFile()) : '<engine>',
            line: location.getStartLine() ?? 0,
            rule: violation.getRule().getName(),
            severity: violation.getRule().getSeverityLevel(),
            message: violation.getMessage().replace(/\s+/g, ' ').trim()
        };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

for (const violation of violations) {
    const level = violation.severity <= SeverityLevel.High ? 'ERROR' : 'warning';
    console.log(
        `${level} ${violation.file}:${violation.line} ${violation.rule} (severity ${violation.severity}) ${violation.message}`
    );
}
const projectFindings = files
    .filter((file) => file.endsWith('.cls'))
    .flatMap((file) => apexRuleFindings(relative(process.cwd(), file), readFileSync(file, 'utf8')));
for (const finding of projectFindings) {
    console.log(
        `${finding.blocking ? 'ERROR' : 'warning'} ${finding.file}:${finding.line} ${finding.rule} ${finding.message}`
    );
}
const blocking =
    violations.filter((violation) => violation.severity <= SeverityLevel.High).length +
    projectFindings.filter((finding) => finding.blocking).length;
console.log(
    `${selection.getCount()} rules over ${files.length} Apex files: ${violations.length} findings, ` +
        `${projectFindings.length} project findings, ${blocking} blocking.`
);
process.exit(blocking === 0 ? 0 : 1);
