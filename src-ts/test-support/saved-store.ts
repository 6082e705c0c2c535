/**
 * A SavedStateStore over a given storage in a fake browser window, its audit ring open: the set-up the storage tests
 * share. `user` names the storage keys; `auditSize` is the audit setting (entries kept).
 */
import { browserPlatform, type StorageLike } from '../runtime/platform';
import { SavedStateStore } from '../runtime/saved-state-store';
import { FakeBrowser } from './fake-browser';

export function savedStoreOn(storage: StorageLike, user: string, auditSize = 50): SavedStateStore {
    const window = Object.create(new FakeBrowser().window(), { localStorage: { get: () => storage } }) as Record<
        string,
        unknown
    >;
    const saved = new SavedStateStore(
        browserPlatform(window),
        user,
        () => auditSize,
        () => undefined
    );
    saved.openRing();
    return saved;
}
