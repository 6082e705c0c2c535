/** The storage lease (B18) where tabs have no channel: one tab drives, the next takes over when it stops or is asked. */
import { FakeClock } from '../test-support/fake-clock';
import type { TabRole } from './election';
import { StorageLeaseElection } from './lease-election';

function tabs(count: number) {
    const clock = new FakeClock(0);
    const data = new Map<string, string>();
    const storage = {
        getItem: (key: string) => data.get(key) ?? null,
        setItem: (key: string, value: string) => void data.set(key, value)
    };
    const roles: TabRole[][] = [];
    const elections = Array.from({ length: count }, (_, index) => {
        const seen: TabRole[] = [];
        roles.push(seen);
        return new StorageLeaseElection({
            storage,
            key: 'k:lease',
            clock,
            tabId: `tab-${index}`,
            onRole: (role) => seen.push(role)
        });
    });
    return { clock, elections, roles };
}

describe('StorageLeaseElection', () => {
    it('B18: exactly one tab drives; the other follows', () => {
        const { clock, elections } = tabs(2);
        for (const election of elections) election.start();
        clock.advance(5000);
        expect(elections.map((election) => election.role).sort()).toEqual(['driver', 'follower']);
    });

    it('B18: when the driver stops, the follower takes over', () => {
        const { clock, elections } = tabs(2);
        for (const election of elections) election.start();
        clock.advance(5000);
        const driver = elections.find((election) => election.role === 'driver')!;
        const follower = elections.find((election) => election !== driver)!;
        driver.stop();
        clock.advance(5000);
        expect(driver.role).toBe('starting');
        expect(follower.role).toBe('driver');
    });

    it('B18: "Use this tab" hands the lease to the follower at the next beat', () => {
        const { clock, elections } = tabs(2);
        for (const election of elections) election.start();
        clock.advance(5000);
        const follower = elections.find((election) => election.role === 'follower')!;
        follower.takeOver();
        clock.advance(10_000);
        expect(follower.role).toBe('driver');
        expect(elections.filter((election) => election.role === 'driver')).toHaveLength(1);
    });
});
