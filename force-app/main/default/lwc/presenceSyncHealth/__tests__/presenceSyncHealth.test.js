import { createElement } from 'lwc';
import PresenceSyncHealth from 'c/presenceSyncHealth';
import getHealth from '@salesforce/apex/PresenceSyncHealthController.getHealth';
import getHealthCounts from '@salesforce/apex/PresenceSyncHealthController.getHealthCounts';
import { LABELS } from '../labels';
import { CONDITIONS, conditionWords, healthView, sortRows } from '../rows';

jest.mock('@salesforce/apex/PresenceSyncHealthController.getHealth', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PresenceSyncHealthController.getHealthCounts', () => ({ default: jest.fn() }), {
    virtual: true
});

const { readLabels } = require('../../../../../../scripts/lib/custom-labels.cjs');
const { join } = require('node:path');
const ROOT = join(__dirname, '../../../../../..');

const row = (userId, userName, condition, since, extra = {}) => ({
    userId,
    userName,
    condition,
    since,
    counts: {},
    recent: [],
    history: [],
    ...extra
});

const ROWS = [
    row('005A', 'Alex Kim', 'healthy', '2026-12-07T08:00:00.000Z', {
        packageVersion: '0.1.0',
        softphoneName: 'Vonage ContactPad',
        softphoneVersion: '1.0.0'
    }),
    row('005B', 'Sam Rivera', 'softphone-lost', '2026-12-07T09:02:00.000Z', {
        omniStatus: 'Available',
        counts: { 'softphone-lost': 3, 'command-refused': 1 },
        recent: [{ at: '2026-12-07T09:02:00.000Z', what: 'The softphone stopped answering.' }],
        history: [{ condition: 'healthy', since: '2026-12-07T08:00:00.000Z' }]
    }),
    row('005C', 'Jo Park', 'command-refused', '2026-12-07T07:00:00.000Z')
];

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mount() {
    const element = createElement('c-presence-sync-health', { is: PresenceSyncHealth });
    document.body.appendChild(element);
    await flush();
    await flush();
    return element;
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('the health rows', () => {
    it('words every condition code, in English and in Spanish', () => {
        for (const language of ['en', 'es']) {
            const labels = readLabels(ROOT, language);
            for (const condition of CONDITIONS) {
                const name = `Presence_Health_Condition_${condition.replace(/-/g, '_')}`;
                expect(labels[name]).toEqual(expect.any(String));
                expect(labels[name].length).toBeGreaterThan(3);
            }
        }
        for (const condition of CONDITIONS) expect(conditionWords(condition, LABELS)).not.toMatch(/undefined/);
        expect(conditionWords('on-fire', LABELS)).toBe('Condition on-fire');
    });

    it('puts problems first, the longest-standing first, then the agents in sync', () => {
        expect(sortRows(ROWS).map((r) => r.userId)).toEqual(['005C', '005B', '005A']);
    });

    it('says what, since when, the counts today, the earlier conditions and the last decisions', () => {
        const view = healthView(ROWS, LABELS, (date) => date.toISOString());
        expect(view.summary).toBe('With a problem: 2. In sync: 1.');
        const sam = view.rows.find((r) => r.key === '005B');
        expect(sam.headline).toBe('Softphone lost since 2026-12-07T09:02:00.000Z');
        expect(sam.problem).toBe(true);
        expect(sam.todayText).toBe('Softphone lost: 3, A change was refused: 1');
        expect(sam.detailText).toBe('Omni-Channel: Available; softphone: –');
        expect(sam.earlierText).toBe('Earlier: In sync (2026-12-07T08:00:00.000Z)');
        expect(sam.recent).toEqual([
            { key: '0', at: '2026-12-07T09:02:00.000Z', what: 'The softphone stopped answering.' }
        ]);
        const alex = view.rows.find((r) => r.key === '005A');
        expect(alex.problem).toBe(false);
        expect(alex.todayText).toBe('None');
        expect(alex.versionsText).toBe('Presence Sync 0.1.0 · Vonage ContactPad 1.0.0');
    });
});

describe('c-presence-sync-health', () => {
    it('shows the agents with a problem first, each in words with since when', async () => {
        getHealth.mockResolvedValue(ROWS);
        const element = await mount();
        const rows = [...element.shadowRoot.querySelectorAll('tr[data-agent]')];
        expect(rows.map((tr) => tr.dataset.agent)).toEqual(['005C', '005B', '005A']);
        expect(rows[1].querySelector('[data-id="condition"]').textContent).toMatch(/^Softphone lost since /);
        expect(rows[1].querySelectorAll('[data-id="decisions"] li')).toHaveLength(1);
        expect(element.shadowRoot.querySelector('[data-id="summary"]').textContent).toBe(
            'With a problem: 2. In sync: 1.'
        );
        await expect(element).toBeAccessible();
    });

    it('says when no agent has reported yet, and when the rows cannot be read', async () => {
        getHealth.mockResolvedValue([]);
        let element = await mount();
        expect(element.shadowRoot.querySelector('[data-id="summary"]').textContent).toBe(LABELS.Empty);
        document.body.removeChild(element);
        getHealth.mockRejectedValue({ body: { message: 'health-unreadable:System.QueryException' } });
        element = await mount();
        expect(element.shadowRoot.querySelector('[data-id="summary"]').textContent).toBe(LABELS.Load_Failed);
        expect(element.shadowRoot.querySelector('[data-id="health-table"]')).toBeNull();
    });

    it('counts every agent in the summary, not only the rows listed (500 problems of 10,000 agents)', async () => {
        getHealth.mockResolvedValue(ROWS);
        getHealthCounts.mockResolvedValue({ problems: 600, inSync: 9300, notReporting: 100 });
        const element = await mount();
        expect(element.shadowRoot.querySelector('[data-id="summary"]').textContent).toBe(
            'With a problem: 600. In sync: 9300. Not reporting: 100. Showing 3 of 10000.'
        );
        getHealthCounts.mockReset();
    });

    it('reads the rows again on Refresh', async () => {
        getHealth.mockResolvedValue([ROWS[0]]);
        const element = await mount();
        expect(element.shadowRoot.querySelectorAll('tr[data-agent]')).toHaveLength(1);
        getHealth.mockResolvedValue(ROWS);
        element.shadowRoot.querySelector('[data-id="refresh"]').click();
        await flush();
        await flush();
        expect(element.shadowRoot.querySelectorAll('tr[data-agent]')).toHaveLength(3);
        expect(getHealth).toHaveBeenCalledTimes(2);
    });
});
