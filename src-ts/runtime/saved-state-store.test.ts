/**
 * The saved state and audit ring (B15, B16, B20): what one driver saves, the next one resumes on its
 * own clock; an old save, a blocked storage and an unsafe Softphone URL are not taken.
 */
import { initialState } from '../engine/engine';
import type { EngineState } from '../engine/types';
import { FakeBrowser } from '../test-support/fake-browser';
import { AuditLog } from './audit';
import { browserPlatform } from './platform';
import { SavedStateStore } from './saved-state-store';

const KEY = 'omniPresenceSync:005000000000001';

function store(browser: FakeBrowser, options: { storage?: boolean } = {}) {
    const platform = browserPlatform(browser.window(options));
    let older = 0;
    const saved = new SavedStateStore(
        platform,
        '005000000000001',
        () => 50,
        () => older++
    );
    saved.openRing();
    return { saved, older: () => older };
}

/** A state some steps on: its sequence number is what a resumed state carries on (command ids). */
const stepped = (): EngineState => ({ ...initialState(), seq: 41 });

describe('SavedStateStore', () => {
    it("resumes what the last driver saved, with the log's older entries read later from the ring", () => {
        const browser = new FakeBrowser();
        const first = store(browser);
        const audit = new AuditLog(50);
        first.saved.resume(audit);
        audit.add([{ at: 1, input: 'x', rule: 'B1', outcome: 'sent', detailKey: 'take_over_asked', commands: [] }]);
        first.saved.save(stepped(), audit);
        expect(first.saved.problem).toBeNull();
        expect(JSON.parse(browser.storage.get(KEY)!)).toMatchObject({ version: 2 });

        const next = store(browser);
        const log = new AuditLog(50);
        const state = next.saved.resume(log);
        expect(state.seq).toBe(41);
        expect(next.saved.ringUnread).toBe(true);
        expect(log.size).toBe(0);
        next.saved.readRing(log);
        expect(log.all().map((entry) => entry.outcome)).toEqual(['sent']);
        expect(next.older()).toBe(1);
        expect(next.saved.ringUnread).toBe(false);
    });

    it('B15: a save older than twelve hours belongs to another day: it starts afresh', () => {
        const browser = new FakeBrowser();
        const first = store(browser);
        const audit = new AuditLog(50);
        first.saved.resume(audit);
        first.saved.save(stepped(), audit);
        browser.wallShift = 12 * 60 * 60 * 1000 + 1;
        const state = store(browser).saved.resume(new AuditLog(50));
        expect(state.seq).toBe(initialState().seq);
    });

    it('B16: without storage nothing is saved, and the panel is told why', () => {
        const { saved } = store(new FakeBrowser(), { storage: false });
        const state = saved.resume(new AuditLog(50));
        expect(saved.problem).toBe('storage-blocked');
        expect(state.omni.logoutStands).toBe(true);
    });

    it('B16: a standing logout is marked at once beside the state', () => {
        const browser = new FakeBrowser();
        const { saved } = store(browser);
        const audit = new AuditLog(50);
        saved.resume(audit);
        saved.saveLogout(true, initialState(), audit);
        expect(browser.storage.get(`${KEY}:logoutStands`)).toBeDefined();
        expect(browser.storage.has(KEY)).toBe(true);
    });

    it('keeps the Softphone URL for the next early frame, and gives back only a URL a frame may load', () => {
        const browser = new FakeBrowser();
        const { saved } = store(browser);
        expect(saved.savedSoftphoneUrl()).toBeNull();
        saved.saveSoftphoneUrl('https://pad.example.com/contactpad');
        expect(saved.savedSoftphoneUrl()).toBe('https://pad.example.com/contactpad');
        saved.saveSoftphoneUrl('http://pad.example.com/contactpad');
        expect(saved.savedSoftphoneUrl()).toBeNull();
        saved.saveSoftphoneUrl(null);
        expect(browser.storage.has(`${KEY}:softphoneUrl`)).toBe(false);
    });
});
