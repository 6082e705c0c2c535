/**
 * The service module the panel imports as `c/presenceSyncPanelModel`: what the agent reads (the panel room,
 * src-ts/panel/). It turns the runtime's view (`SyncView` from `c/presenceSync`) into the panel's display
 * model in the agent's language, and writes the support exports (JSON bundle, decisions CSV). It takes plain
 * data only and holds no state, so it shares nothing at run time with `c/presenceSync` but the stateless mapping
 * model and compiler, which both import from `c/presenceSyncMapping` (src-ts/lwc/presenceSyncMapping.ts), and the
 * stateless engine's notice table and named reasons, from `c/presenceSyncEngine` (src-ts/lwc/presenceSyncEngine.ts);
 * it is a module of its own so that each generated file stays within its size budget (scripts/check-size.mjs).
 */
export { panelModel, panelUtility } from '../panel/model';
export { formatLabel, sayText } from '../panel/text';
export type { PanelModel, PanelUtility, PanelText, PanelNotice, PanelDecision } from '../panel/types';
export { supportBundleJson, decisionsCsv, exportFileName } from '../panel/exports';
export { PACKAGE_VERSION } from '../panel/package-version';
export { HealthReporter, reportDecisions, reportSyncHealthOf } from '../panel/health-report';
export type { HealthReport, HealthCondition } from '../panel/health-report';
