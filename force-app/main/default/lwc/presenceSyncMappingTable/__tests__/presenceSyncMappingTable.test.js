// The mapping table alone: what the Setup page hands it is what it shows, and a choice comes back as an event.
import { createElement } from 'lwc';
import PresenceSyncMappingTable from 'c/presenceSyncMappingTable';

const flush = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
};
const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const COLUMNS = [
    { key: 'status', label: 'Presence Status', help: 'API name of the presence status' },
    { key: 'kind', label: 'Kind', help: null },
    { key: 'state', label: 'Softphone State', help: 'The softphone major state' },
    { key: 'problems', label: 'Problems', help: null }
];

const row = (name, { choice = '', problems = [] } = {}) => ({
    key: `omni-${name.toLowerCase()}`,
    name,
    header: name,
    cells: [{ key: 'kind', text: 'Busy' }],
    options: [
        { value: '', label: 'Not mapped', selected: choice === '' },
        { value: 'state:away', label: 'Away', selected: choice === 'state:away' }
    ],
    selectLabel: `Softphone state for ${name}`,
    problems,
    hasProblems: problems.length > 0,
    describedBy: problems.length > 0 ? `omni-${name.toLowerCase()}-problems` : null,
    rowClass: problems.some((problem) => problem.error) ? 'row_error' : ''
});

async function mount(props) {
    const element = createElement('c-presence-sync-mapping-table', { is: PresenceSyncMappingTable });
    Object.assign(element, { heading: 'Presence status to softphone state', help: 'Help', emptyText: 'None' }, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-presence-sync-mapping-table', () => {
    it('shows the headers with their help, a row per entry with its cells, choice and problems, and is accessible', async () => {
        const problem = { key: 'p1', text: 'Error: Unknown status', error: true, iconClass: 'problem problem_error' };
        const element = await mount({
            columns: COLUMNS,
            rows: [row('Lunch', { choice: 'state:away' }), row('Training', { problems: [problem] })]
        });
        const root = element.shadowRoot;
        expect([...root.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('title')])).toEqual(
            COLUMNS.map((column) => [column.label, column.help])
        );
        const rows = [...root.querySelectorAll('tbody tr')];
        expect(rows.map((tr) => tr.dataset.row)).toEqual(['Lunch', 'Training']);
        expect(text(rows[0])).toContain('Busy');
        expect(rows[0].querySelector('select').value).toBe('state:away');
        expect(rows[0].querySelector('[data-id="row-problems"]')).toBeNull();
        expect(text(rows[1].querySelector('[data-id="row-problems"]'))).toBe('Error: Unknown status');
        expect(rows[1].className).toBe('row_error');
        expect(rows[1].querySelector('select').getAttribute('aria-describedby')).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('reports a choice as a choice event with the row key and the value', async () => {
        const element = await mount({ columns: COLUMNS, rows: [row('Lunch')] });
        const choices = [];
        element.addEventListener('choice', (event) => choices.push(event.detail));
        const select = element.shadowRoot.querySelector('select');
        select.value = 'state:away';
        select.dispatchEvent(new CustomEvent('change'));
        expect(choices).toEqual([{ key: 'omni-lunch', value: 'state:away' }]);
    });

    it('without rows it says so instead of an empty table', async () => {
        const element = await mount({ columns: COLUMNS, rows: [] });
        expect(element.shadowRoot.querySelector('table')).toBeNull();
        expect(text(element.shadowRoot)).toContain('None');
    });
});
