// The notices an agent dismissed (issue 21, item 7) are remembered for the browser session, and for the page when
// session storage refuses them.
import { dismissNotice, dismissedNotices } from '../dismissals';

describe('dismissed notices', () => {
    afterEach(() => {
        sessionStorage.clear();
        jest.restoreAllMocks();
    });

    it('remembers a dismissal for the session, once per key', () => {
        dismissNotice('config:abc');
        dismissNotice('config:abc');
        dismissNotice('auditNotKept:1');
        expect(dismissedNotices()).toEqual(expect.arrayContaining(['config:abc', 'auditNotKept:1']));
        expect(JSON.parse(sessionStorage.getItem('omniPresenceSync:dismissedNotices'))).toEqual([
            'config:abc',
            'auditNotKept:1'
        ]);
    });

    it('ignores what is not a key, and reads a damaged entry as none', () => {
        const before = dismissedNotices();
        dismissNotice(undefined);
        dismissNotice('');
        expect(dismissedNotices()).toEqual(before);
        sessionStorage.setItem('omniPresenceSync:dismissedNotices', '{not json');
        expect(() => dismissedNotices()).not.toThrow();
    });

    it('keeps the dismissal for the page when session storage refuses it', () => {
        jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
            throw new DOMException('full', 'QuotaExceededError');
        });
        jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => null);
        dismissNotice('config:full');
        expect(dismissedNotices()).toContain('config:full');
    });

    it('reads session storage once per page: the views after the first take the keys from memory', () => {
        sessionStorage.setItem('omniPresenceSync:dismissedNotices', JSON.stringify(['config:earlier']));
        jest.isolateModules(() => {
            const fresh = require('../dismissals');
            const reads = jest.spyOn(Storage.prototype, 'getItem');
            for (let view = 0; view < 20; view++) expect(fresh.dismissedNotices()).toEqual(['config:earlier']);
            fresh.dismissNotice('config:later');
            for (let view = 0; view < 20; view++)
                expect(fresh.dismissedNotices()).toEqual(['config:earlier', 'config:later']);
            expect(reads).toHaveBeenCalledTimes(1);
        });
        expect(JSON.parse(sessionStorage.getItem('omniPresenceSync:dismissedNotices'))).toEqual([
            'config:earlier',
            'config:later'
        ]);
    });
});
