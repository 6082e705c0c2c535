// Org-wide sync health from the panel (issue 24): the driving tab reports its condition through
// PresenceSyncHealthController.reportHealth once it has held for the quiet window, only with the Report Sync Health
// setting on; a refused report (false from Apex, or an error) changes nothing of the sync and is tried once more; a
// configuration that cannot be read is reported as config-problems.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import reportHealth from '@salesforce/apex/PresenceSyncHealthController.reportHealth';
import { panelHarness, panelTestPage } from '../../../../../test/jest-support/panel-harness';

const { flush, mount, omniChannel } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

/** The reports sent so far, parsed. */
const reports = () => reportHealth.mock.calls.map(([params]) => JSON.parse(params.report));

describe('c-presence-sync-panel: sync health reports', () => {
    panelTestPage();

    afterEach(() => {
        reportHealth.mockReset();
        reportHealth.mockImplementation(() => Promise.resolve(true));
    });

    it('reports the healthy sync once, after the quiet window, and a change of the softphone only when it is a problem', async () => {
        const { softphone, omni } = await mount();
        await flush(30, 2500);
        expect(reports()).toEqual([
            expect.objectContaining({
                v: 1,
                condition: 'healthy',
                reconnected: false,
                occurrences: {},
                softphoneName: 'Vonage ContactPad',
                softphoneVersion: '1.0.0',
                configProblems: 0
            })
        ]);
        // A presence change in sync is no report.
        softphone.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        await flush(30, 5000);
        expect(omni.status).toBe('Lunch');
        expect(reports()).toHaveLength(1);
    });

    it('sends nothing with the Report Sync Health setting off', async () => {
        await mount({ Report_Sync_Health__c: false });
        await flush(30, 10000);
        expect(reportHealth).not.toHaveBeenCalled();
    });

    it('a refused report leaves the sync as it was and is tried once more after a minute', async () => {
        reportHealth.mockImplementation(() => Promise.reject({ status: 500, body: { message: 'limit' } }));
        const { softphone, omni, text } = await mount();
        await flush(30, 2500);
        expect(reportHealth).toHaveBeenCalledTimes(1);
        softphone.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        await flush(30, 100);
        expect(omni.status).toBe('Lunch');
        expect(text('headline')).toBe('In sync');
        for (let i = 0; i < 6; i++) await flush(30, 10000);
        expect(reportHealth).toHaveBeenCalledTimes(2);
        // Ten more minutes, the softphone answering all along: no third try.
        for (let i = 0; i < 60; i++) await flush(30, 10000);
        expect(reports().map((report) => report.condition)).toEqual(['healthy', 'healthy']);
    });

    it('a report Apex answers false for (not kept) is tried once more after a minute, then no more', async () => {
        reportHealth.mockImplementation(() => Promise.resolve(false));
        await mount();
        await flush(30, 2500);
        expect(reportHealth).toHaveBeenCalledTimes(1);
        for (let i = 0; i < 6; i++) await flush(30, 10000);
        expect(reportHealth).toHaveBeenCalledTimes(2);
        for (let i = 0; i < 30; i++) await flush(30, 10000);
        expect(reports().map((report) => report.condition)).toEqual(['healthy', 'healthy']);
    });

    it('a configuration that cannot be read is reported as config-problems (the setting counts as on)', async () => {
        getConfiguration.mockRejectedValue({ body: { message: 'configuration-unreadable:System.NoAccessException' } });
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        omniChannel(element);
        document.body.appendChild(element);
        await flush(30, 1000);
        for (let i = 0; i < 4; i++) await flush(30, 2500);
        expect(reports()).toEqual([expect.objectContaining({ condition: 'config-problems', configProblems: 1 })]);
    });
});
