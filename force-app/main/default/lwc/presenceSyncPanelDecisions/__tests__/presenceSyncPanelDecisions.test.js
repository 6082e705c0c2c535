// The decisions list in the panel's details: its rows as sentences under their time and rule, and the toggle of
// confirmations and echoes, whose switch is named to the panel as `showroutinechange` (true or false).
import { createElement } from 'lwc';
import PresenceSyncPanelDecisions from 'c/presenceSyncPanelDecisions';

const LABELS = { Decisions_Heading: 'Decisions', Decisions_Empty: 'No decisions yet.' };

const row = (id) => ({
    id,
    meta: `12:0${id} · B1 Softphone sets Omni-Channel`,
    sentence: `Sentence ${id}.`,
    detail: ''
});

function mount(list, showRoutine = false) {
    const element = createElement('c-presence-sync-panel-decisions', { is: PresenceSyncPanelDecisions });
    Object.assign(element, { labels: LABELS, list, showRoutine });
    document.body.appendChild(element);
    return element;
}

describe('c-presence-sync-panel-decisions', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows each decision as its rule line and its sentence, newest first as given', () => {
        const element = mount({ decisions: [row('2'), row('1')], hasDecisions: true, toggleLabel: 'Show (3)' });
        const texts = [...element.shadowRoot.querySelectorAll('[data-id="decision-text"]')].map((p) =>
            p.textContent.trim()
        );
        expect(texts).toEqual(['Sentence 2.', 'Sentence 1.']);
        expect(element.shadowRoot.querySelector('label').textContent.trim()).toBe('Show (3)');
    });

    it('says there are none when the list is empty', () => {
        const element = mount({ decisions: [], hasDecisions: false, toggleLabel: 'Show (0)' });
        expect(element.shadowRoot.querySelector('[data-id="decisions"]')).toBeNull();
        expect(element.shadowRoot.textContent).toContain('No decisions yet.');
    });

    it('names the toggle switched on and off to the panel', () => {
        const element = mount({ decisions: [], hasDecisions: false, toggleLabel: 'Show (2)' });
        const switched = [];
        element.addEventListener('showroutinechange', (event) => switched.push(event.detail));
        const box = element.shadowRoot.querySelector('[data-id="show-routine"]');
        expect(box.checked).toBe(false);
        box.click();
        box.click();
        expect(switched).toEqual([true, false]);
    });
});
