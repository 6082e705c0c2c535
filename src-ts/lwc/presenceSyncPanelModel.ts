/**
 * The service module the panel imports as `c/presenceSyncPanelModel`: what the agent reads. It turns
 * the runtime's view (`SyncView` from `c/presenceSync`) into the panel's display model in the agent's
 * language, and writes the support exports (JSON bundle, decisions CSV). It takes plain data only and
 * holds no state, so it shares nothing at run time with `c/presenceSync`; it is a module of its own so
 * that each generated file stays within its size budget (scripts/check-size.mjs).
 */
export { panelModel, formatLabel, sayText } from '../runtime/panel-model';
export type { PanelModel, PanelText, PanelNotice, PanelDecision } from '../runtime/panel-model';
export { supportBundleJson, decisionsCsv, exportFileName } from '../runtime/panel-model';
