/**
 * The package version this code was built as: sfdx-project.json's `versionNumber` without its build
 * number (`0.1.0.NEXT` → `0.1.0`), checked against it by package-version.test.ts, so a version bump that
 * forgets it fails the tests. The support bundle carries it.
 *
 * Not `System.requestVersion()` in Apex: that gives the version the *calling* code was compiled against,
 * major and minor only, and only for a first-generation or migrated second-generation managed package
 * (Apex Reference Guide, "Version Class",
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_version.htm;
 * "Versioning Apex Code",
 * https://developer.salesforce.com/docs/atlas.en-us.pkg1_dev.meta/pkg2_dev/packaging_behavior_apex.htm).
 * Called from a Lightning component there is no calling package; this package is second-generation and is
 * also deployed without a namespace, where there is no package version at all. The code that runs in the
 * agent's browser is what support needs to know.
 */
export const PACKAGE_VERSION = '0.1.0';
