// Issue 22, review item 11: the help above a list says to choose from it (not "API name of…"), with no other
// softphone's example; the settings headings sit on their own line; the preset message names the settings emptied.
import { LABELS } from '../labels';
import { $, choose, describedFields, flush, mount, setupPageTest } from './setupPage';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const SETTING_FIELDS = describedFields('Presence_Sync_Setting__mdt');

setupPageTest();

const helps = (element) =>
    Object.fromEntries(
        [...element.shadowRoot.querySelectorAll('div[data-field]')].map((div) => [
            div.dataset.field,
            div.querySelector('.setting-help')?.textContent.trim()
        ])
    );

async function applyTalkdesk(element) {
    await choose($(element, '[data-id="softphone-preset"]'), 'talkdesk');
    $(element, '[data-id="apply-preset"]').click();
    await flush();
}

describe('issue 22.r11: help texts for lists, examples that fit, the preset message naming what it emptied', () => {
    it('no help above a list says "API name", and none gives a softphone’s example under the Talkdesk preset', async () => {
        const element = await mount();
        await applyTalkdesk(element);
        const texts = helps(element);
        // Old code: "API name of the presence status to log in to Omni-Channel with…", "(ContactPad: Away)".
        const wrong = Object.entries(texts).filter(([, help]) => /API name|ContactPad|ContactWorld/.test(help ?? ''));
        expect(wrong).toEqual([]);
        expect(texts.Login_Status__c).toBe(LABELS.Help_Login_Status);
        expect(texts.Busy_Fallback_State__c).toBe(LABELS.Help_Busy_Fallback_State);
        expect(element.shadowRoot.querySelector('select[data-field="Login_Status__c"]')).not.toBeNull();
    });

    it('the preset message names the settings it left empty, as the settings form names them', async () => {
        const element = await mount();
        await applyTalkdesk(element);
        const work = SETTING_FIELDS.find((field) => field.name === 'Work_Accepted_State__c').label;
        const message = $(element, '[data-id="preset-message"]').textContent;
        // Old code: "settings cleared: 2" (Ready State is set again by the preset, Work Accepted State is emptied).
        expect(message).toContain(`: 1 (${work})`);
    });

    it('each settings heading is a block of its own, not floated beside the first field', () => {
        const css = readFileSync(join(__dirname, '../presenceSyncSetup.css'), 'utf8');
        const html = readFileSync(join(__dirname, '../presenceSyncSetup.html'), 'utf8');
        expect(html).toMatch(/<legend\s+class="[^"]*\bsettings-legend\b/);
        expect(css).toMatch(/\.settings-legend\s*\{[^}]*float:\s*none;[^}]*display:\s*block;/);
    });
});
