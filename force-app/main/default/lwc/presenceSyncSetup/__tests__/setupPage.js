// The Setup page in Jest, shared by the page's test files (not a test file itself: jest.config.js runs *.test.js
// only): its four Apex methods mocked, getSetup answering the package defaults as Apex serves them, the page mounted
// and loaded, and the page's own actions (a choice, states typed by hand, a CSV import). The page's component and its
// Apex methods are imported here, after the mocks: a test file takes them from this module.
import { createElement } from 'lwc';
import PresenceSyncSetup from 'c/presenceSyncSetup';
import getSetup from '@salesforce/apex/PresenceSyncSetupController.getSetup';
import getPresenceStatuses from '@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses';
import saveRecords from '@salesforce/apex/PresenceSyncSetupController.saveRecords';
import getDeployStatus from '@salesforce/apex/PresenceSyncSetupController.getDeployStatus';

const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

jest.mock('@salesforce/apex/PresenceSyncSetupController.getSetup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PresenceSyncSetupController.saveRecords', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PresenceSyncSetupController.getDeployStatus', () => ({ default: jest.fn() }), {
    virtual: true
});

export { getSetup, getPresenceStatuses, saveRecords, getDeployStatus };

/** The repository's root folder. */
export const ROOT = join(__dirname, '../../../../../..');
/** The package defaults: shipped mapping records, settings, sample presence statuses, ContactPad's catalogue. */
export const DEFAULTS = JSON.parse(
    readFileSync(join(ROOT, 'src-ts/test-support/package-defaults.generated.json'), 'utf8')
);

/** The fields of a custom metadata type as the Apex describe serves them, read from the field metadata. */
export function describedFields(objectName) {
    const dir = join(ROOT, 'force-app/main/default/objects', objectName, 'fields');
    return readdirSync(dir).map((file) => {
        const xml = readFileSync(join(dir, file), 'utf8');
        const tag = (name) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? null;
        const type = tag('type');
        return {
            name: tag('fullName'),
            label: tag('label'),
            helpText: tag('inlineHelpText'),
            type:
                { Checkbox: 'BOOLEAN', Number: 'DOUBLE', Picklist: 'PICKLIST', LongTextArea: 'TEXTAREA', Url: 'URL' }[
                    type
                ] ?? 'STRING',
            options: [...xml.matchAll(/<value>\s*<fullName>([^<]+)<\/fullName>[\s\S]*?<label>([^<]+)<\/label>/g)].map(
                (m) => ({ value: m[1], label: m[2] })
            )
        };
    });
}

/** A copy of the shipped mapping records, as getSetup serves them. */
export const shippedMappings = () => DEFAULTS.mappings.map((record) => ({ ...record }));

/** What getSetup answers: `mappings` (the shipped records unless given), the shipped settings, the fields described. */
export function setupData(mappings = shippedMappings()) {
    return {
        mappings,
        settings: { ...DEFAULTS.settings },
        settingFields: describedFields('Presence_Sync_Setting__mdt'),
        mappingFields: describedFields('Presence_Mapping__mdt'),
        loadedAt: '2026-12-06T09:00:00.000Z'
    };
}

/**
 * Registers, in the calling file or describe block, what every test of the mounted page does around each test:
 * before it getSetup answers `data()` and getPresenceStatuses the package's statuses; after it an empty page, empty
 * sessionStorage (the page's draft) and real timers again.
 */
export function setupPageTest(data = () => setupData()) {
    beforeEach(() => {
        getSetup.mockResolvedValue(data());
        getPresenceStatuses.mockResolvedValue(DEFAULTS.statuses);
    });
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        sessionStorage.clear();
        jest.useRealTimers();
    });
}

/** Lets the page's pending promises (its Apex answers, its renders) settle. */
export const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** The Setup page put in the document, its Apex answers not yet read (a test on fake timers lets them in). */
export function insertPage() {
    const element = createElement('c-presence-sync-setup', { is: PresenceSyncSetup });
    document.body.appendChild(element);
    return element;
}

/** The Setup page in the document, its getSetup and getPresenceStatuses answers loaded and drawn. */
export async function mount() {
    const element = insertPage();
    for (let i = 0; i < 5; i++) await flush();
    return element;
}

/** The page's shadow root and those of its own child components (the mapping tables, the dry run), in order. */
function roots(element) {
    const found = [];
    const visit = (root) => {
        found.push(root);
        for (const node of root.querySelectorAll('*')) {
            if (node.shadowRoot && node.tagName.startsWith('C-')) visit(node.shadowRoot);
        }
    };
    visit(element.shadowRoot);
    return found;
}

/** The first element matching `selector` in the page's own shadow root, else in its child components'. */
export const $ = (element, selector) => roots(element).reduce((hit, root) => hit ?? root.querySelector(selector), null);
/** Every element matching `selector` in the page's shadow root and its child components'. */
export const $$ = (element, selector) => roots(element).flatMap((root) => [...root.querySelectorAll(selector)]);
/** A node's text, white space folded. */
export const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A label's template with `{0}`, `{1}`… filled in. */
export const say = (template, ...values) =>
    template.replace(/\{(\d+)\}/g, (match, index) => `${values[Number(index)]}`);

/** A row of one of the two mapping tables (c-presence-sync-mapping-table: data-id omni-table or softphone-table). */
export function rowOf(element, table, name) {
    const rows = $(element, `[data-id="${table}"]`)?.shadowRoot.querySelectorAll('tbody tr') ?? [];
    return [...rows].find((tr) => tr.dataset.row === name);
}

/**
 * ContactPad's shipped catalogue as an admin types it into the box for states by hand, one state a line ("Away /
 * Lunch"), the reserved states marked " [reserved]" when `marked`.
 */
export const catalogueLines = ({ marked = false } = {}) =>
    DEFAULTS.catalogue.map(
        (s) => `${s.major}${s.minor ? ` / ${s.minor}` : ''}${marked && s.reserved ? ' [reserved]' : ''}`
    );

/** Types softphone states into the page's box for states by hand (one a line) and adds them. */
export async function addStates(element, lines) {
    const area = $(element, '[data-id="manual-states"]');
    area.value = lines;
    area.dispatchEvent(new CustomEvent('input'));
    $(element, '[data-id="add-states"]').click();
    await flush();
}

/** Chooses `value` in a select of the page. */
export async function choose(select, value) {
    select.value = value;
    select.dispatchEvent(new CustomEvent('change'));
    await flush();
}

/** The CSV the page's Export link holds. */
export function exportedCsv(element) {
    const href = $(element, '[data-id="export"]').getAttribute('href');
    return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

/** Imports `csv` as a file chosen in the page's Import input, and lets the page read and draw it. */
export async function importCsv(element, csv) {
    const input = $(element, '[data-id="import-file"]');
    Object.defineProperty(input, 'files', { value: [{ text: () => Promise.resolve(csv) }], configurable: true });
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
    await flush();
}
