/**
 * The panel's Custom Labels for its tests: every `Presence_Sync_` label of force-app/main/default/labels, by name
 * without the prefix, in English (`EN`) and in Spanish (`ES`, from the es translation), read with the reader the
 * build uses (lib/custom-labels.cjs).
 */
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('../../lib/custom-labels.cjs') as {
    readLabels: (root: string, language?: string, prefix?: string) => Record<string, string>;
};
const repo = join(__dirname, '..', '..');

/** The panel's labels in English: name without `Presence_Sync_` → text. */
export const EN = readLabels(repo, 'en', 'Presence_Sync_');
/** The panel's labels in Spanish: name without `Presence_Sync_` → text. */
export const ES = readLabels(repo, 'es', 'Presence_Sync_');
