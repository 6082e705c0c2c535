// The panel's two sides: what each says, and "Reload softphone" (shown only when the softphone stopped answering)
// named to the panel as `reloadsoftphone`.
import { createElement } from 'lwc';
import PresenceSyncPanelSides from 'c/presenceSyncPanelSides';

const LABELS = {
    Omni_Heading: 'Omni-Channel',
    Softphone_Heading: 'Softphone',
    Reload_Softphone: 'Reload softphone',
    On_Interaction: 'On an interaction'
};

const SIDES = {
    omni: 'Lunch',
    omniDotClass: 'dot dot-busy',
    softphone: 'Away / Lunch',
    softphoneDotClass: 'dot dot-busy',
    connection: 'Connected',
    onInteraction: false,
    reloadSoftphone: false
};

function mount(sides) {
    const element = createElement('c-presence-sync-panel-sides', { is: PresenceSyncPanelSides });
    Object.assign(element, { labels: LABELS, sides });
    document.body.appendChild(element);
    return element;
}

const text = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`)?.textContent.trim() ?? null;

describe('c-presence-sync-panel-sides', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('says both sides and the connection, without Reload softphone while the softphone answers', () => {
        const element = mount(SIDES);
        expect(text(element, 'omni')).toBe('Lunch');
        expect(text(element, 'softphone')).toBe('Away / Lunch');
        expect(text(element, 'connection')).toBe('Connected');
        expect(text(element, 'interaction')).toBeNull();
        expect(element.shadowRoot.querySelector('[data-id="reload-softphone"]')).toBeNull();
    });

    it('names "Reload softphone" to the panel when the agent presses it', async () => {
        const element = mount({ ...SIDES, connection: 'Not answering', reloadSoftphone: true, onInteraction: true });
        const reloads = jest.fn();
        element.addEventListener('reloadsoftphone', reloads);
        const button = element.shadowRoot.querySelector('[data-id="reload-softphone"]');
        expect(button.label).toBe('Reload softphone');
        button.shadowRoot.querySelector('button').click();
        await Promise.resolve();
        expect(reloads).toHaveBeenCalledTimes(1);
        expect(text(element, 'interaction')).toBe('On an interaction');
    });
});
