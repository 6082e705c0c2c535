// The panel's live region: the held change and the notices, a notice the agent dismisses named to the panel by its
// dismiss key, and the region's height mode (scrolling in the room the softphone leaves, or whole).
import { createElement } from 'lwc';
import PresenceSyncPanelNotices from 'c/presenceSyncPanelNotices';

const LABELS = { Icon_held: 'Held change', Notices_Heading: 'Notices', Dismiss_Notice: 'Dismiss' };

const notice = (id, text, dismiss = null) => ({
    id,
    text,
    icon: 'utility:info',
    iconText: 'Information',
    variant: undefined,
    className: 'notice',
    dismiss
});

function mount(props) {
    const element = createElement('c-presence-sync-panel-notices', { is: PresenceSyncPanelNotices });
    Object.assign(element, { labels: LABELS, ...props });
    document.body.appendChild(element);
    return element;
}

const flush = () => Promise.resolve();

describe('c-presence-sync-panel-notices', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('is an empty live region until there is something to say', () => {
        const element = mount({ live: null });
        const region = element.shadowRoot.querySelector('[aria-live="polite"]');
        expect(region).not.toBeNull();
        expect(region.textContent).toBe('');
    });

    it('names the notice the agent dismisses by its dismiss key; a notice without one has no Dismiss', async () => {
        const element = mount({
            live: {
                held: null,
                heldLine: null,
                notices: [notice('a', 'Only an admin can fix this.', 'config:abc'), notice('b', 'Act on this.')],
                hasNotices: true
            }
        });
        const dismissed = jest.fn();
        element.addEventListener('dismissnotice', (event) => dismissed(event.detail));
        const buttons = element.shadowRoot.querySelectorAll('[data-id="dismiss-notice"]');
        expect(buttons).toHaveLength(1);
        expect(buttons[0].textContent.trim()).toBe('Dismiss');
        buttons[0].click();
        await flush();
        expect(dismissed).toHaveBeenCalledWith('config:abc');
        const items = [...element.shadowRoot.querySelectorAll('[data-id="notices"] li')];
        expect(items.map((li) => li.querySelector('p').textContent)).toEqual([
            'Only an admin can fix this.',
            'Act on this.'
        ]);
    });

    it('scrolls in the room the softphone leaves, and keeps its whole height while the details are open', async () => {
        const element = mount({ live: null });
        const region = () => element.shadowRoot.querySelector('[aria-live="polite"]');
        expect(region().className).toBe('live');
        element.whole = true;
        await flush();
        expect(region().className).toBe('live live-whole');
    });
});
