/**
 * Targets and commands: rules set what each side should become, and each side's command step
 * turns that into at most one command at a time. Echoes of our own commands are recognised
 * and never propagated (B12); a stale command that overwrote a newer change is undone (B14).
 *
 * This module is the front the engine's parts import from; each part owns one concern:
 * - agreement.ts: whether the sides already agree by the mapping (B13, B15);
 * - targets.ts: what each side should become (B13), and a held change landing (B11);
 * - command-step.ts: each side's target turned into at most one command at a time (B16, B17);
 * - restore.ts: a stale or late command of ours put right (B14, B6);
 * - echoes.ts: our echoes recorded, never propagated (B12), and genuine changes recorded (B14).
 */
export { sidesAgree, softphoneFits, softphoneMeets } from './agreement';
export { heldLanded, setOmniTarget, setSoftphoneTarget } from './targets';
export { commandOmni, commandParams, commandSoftphone, emit, formatCommand, nextId } from './command-step';
export { restoreAfterLateLanding, restoreIfOvertaken } from './restore';
export { acceptOmniEcho, acceptSoftphoneEcho, markOvertaken, recordOmniChange, recordSoftphoneChange } from './echoes';
export type { EchoSource } from './attribution';
