/** When the view is published: held until the first state (at most 2 s), then only when it changed. */
import { FakeClock } from '../test-support/fake-clock';
import type { SyncView } from './view';
import { ViewPublisher } from './view-publisher';

function publisher(options: { configured?: boolean; driving?: boolean } = {}) {
    const clock = new FakeClock(0);
    const world = { firstState: false, revision: 1, configured: options.configured ?? true };
    const shown: number[] = [];
    const sent: number[] = [];
    let befores = 0;
    const parts = new ViewPublisher({
        clock,
        configured: () => world.configured,
        hasFirstState: () => world.firstState,
        driving: () => options.driving ?? true,
        beforeShow: () => befores++,
        view: () => ({ revision: world.revision }) as SyncView,
        sendToTabs: (view) => sent.push(view.revision),
        show: (view) => shown.push(view.revision)
    });
    return { clock, world, shown, sent, parts, befores: () => befores };
}

describe('ViewPublisher', () => {
    it("holds the panel's first view until the first state, while the other tabs get the driver's views", () => {
        const p = publisher();
        p.parts.publish();
        expect(p.shown).toEqual([]);
        expect(p.sent).toEqual([1]);
        p.world.firstState = true;
        p.parts.publish();
        expect(p.shown).toEqual([1]);
        expect(p.befores()).toBe(1);
    });

    it('shows what is known once the hold of 2,000 ms runs out', () => {
        const p = publisher({ driving: false });
        p.parts.armFirstViewHold();
        p.parts.publish();
        p.clock.advance(1999);
        expect(p.shown).toEqual([]);
        p.clock.advance(1);
        expect(p.shown).toEqual([1]);
        expect(p.sent).toEqual([]);
    });

    it('shows a view only when its revision changed', () => {
        const p = publisher();
        p.world.firstState = true;
        p.parts.publish();
        p.parts.publish();
        p.world.revision = 2;
        p.parts.publish();
        expect(p.shown).toEqual([1, 2]);
    });

    it('shows nothing before the configuration; a stopped hold never fires; a restart holds again', () => {
        const p = publisher({ configured: false });
        p.world.firstState = true;
        p.parts.publish();
        expect(p.shown).toEqual([]);
        p.world.configured = true;
        p.parts.armFirstViewHold();
        p.parts.stop();
        p.world.firstState = false;
        p.clock.advance(5000);
        expect(p.shown).toEqual([]);
        p.parts.restart();
        p.parts.publish();
        expect(p.shown).toEqual([]);
    });
});
