// Project rules for the Apex sources that Code Analyzer's PMD rules do not cover. Each finding is
// { file, line, rule, blocking, message }; scripts/analyze-apex.mjs prints them with PMD's.

/**
 * Classes that serve the configuration admins edit (mappings, Softphone URL, Allowed Origins) to the
 * agents' utility. A cacheable result may be served from the client's cache for an unspecified time
 * (LWC Developer Guide, "apex-result-caching"), so an admin's edit would reach agents late or never.
 */
export const LIVE_CONFIGURATION_CLASSES = ['PresenceSyncController'];

const CACHEABLE = /@AuraEnabled\s*\(\s*cacheable\s*=\s*true\b/i;

/** Findings of the project rules in one Apex source file. */
export function apexRuleFindings(file, source) {
    const findings = [];
    const className = file
        .split('/')
        .pop()
        .replace(/\.cls$/, '');
    const lines = source.split('\n');
    lines.forEach((line, index) => {
        if (!CACHEABLE.test(line.replace(/\/\/.*$/, ''))) return;
        const live = LIVE_CONFIGURATION_CLASSES.includes(className);
        findings.push({
            file,
            line: index + 1,
            rule: 'LiveConfigurationNotCacheable',
            blocking: live,
            message: live
                ? `${className} serves configuration that admins edit: @AuraEnabled(cacheable=true) would let the client serve an old copy (LWC guide, apex-result-caching); every console load must read it afresh.`
                : 'cacheable=true: the client may serve this result from its cache for an unspecified time; make sure staleness is acceptable.'
        });
    });
    return findings;
}
