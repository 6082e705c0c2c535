/**
 * The sync engine's vocabulary: what goes in (Omni and softphone events, command results,
 * time), what comes out (commands for each side, decisions for the audit log), and the
 * plain, serialisable state it carries between inputs.
 *
 * This module is the front every caller imports from; the types are grouped by concern in:
 * - input-types.ts: what goes in (Omni and softphone events, command results, ticks);
 * - command-types.ts: the commands towards each side and the behaviour ids (RuleId);
 * - decision-types.ts: the audit's decisions (B20), outcome codes, diagnostics, the held change as shown;
 * - state-types.ts: the engine's state and what one step returns.
 */
export * from './input-types';
export * from './command-types';
export * from './decision-types';
export * from './state-types';
