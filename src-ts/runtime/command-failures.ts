/**
 * The runtime's own reasons for a command that fails without an answer from its side: the toolkit did not answer
 * within the command timeout, or no softphone is configured to send it to. Each is a cause of src-ts/core/causes.ts;
 * src-ts/engine/final-failures.test.ts walks each to the notice that says it (issue 21).
 */
export const RUNTIME_FAILURES = ['toolkit-no-answer', 'no-softphone-configured'] as const;

/** A reason of the runtime's own for a failed command (`RUNTIME_FAILURES`). */
export type RuntimeFailure = (typeof RUNTIME_FAILURES)[number];
