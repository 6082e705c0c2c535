// Issue 21 (fit): a configuration that fails to load is one line (the sync is off) with Retry beside it and the
// details on demand; a Retry that fails again is busy while it runs, then the line says when it was tried.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { panelHarness, panelTestPage } from '../../../../../test/jest-support/panel-harness';
import { RETRY_BUSY_MS } from '../configurationLoad';

const { omniChannel, flush } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

async function mountFailing() {
    getConfiguration.mockRejectedValueOnce({ body: { message: 'configuration-unreadable:System.NoAccessException' } });
    const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
    omniChannel(element);
    document.body.appendChild(element);
    await flush(30, 1000);
    const shadow = element.shadowRoot;
    const node = (id) => shadow.querySelector(`[data-id="${id}"]`);
    return { node, text: (id) => node(id)?.textContent.trim() ?? null };
}

describe('c-presence-sync-panel: the configuration-load box on one line (issue 21)', () => {
    panelTestPage();

    it('shows one line with Retry; why and what to do open on demand', async () => {
        const { node, text } = await mountFailing();
        expect(text('load-error-line')).toBe('Sync off: set-up not loaded');
        expect(text('load-retry')).toBe('Retry');
        expect(node('load-error-details').hidden).toBe(true);
        expect(node('load-error-toggle').getAttribute('aria-expanded')).toBe('false');
        node('load-error-toggle').click();
        await flush();
        expect(node('load-error-details').hidden).toBe(false);
        expect(node('load-error-toggle').getAttribute('aria-expanded')).toBe('true');
        expect(text('load-error-action')).toContain('Select Retry.');
    });

    it('a Retry that fails again is busy while it runs, then says when it was tried', async () => {
        const { node, text } = await mountFailing();
        getConfiguration.mockRejectedValueOnce({
            body: { message: 'configuration-unreadable:System.NoAccessException' }
        });
        node('load-retry').click();
        await flush(30, 0);
        expect(text('load-retry')).toBe('Trying…');
        expect(node('load-retry').disabled).toBe(true);
        expect(text('load-error-line')).toBe('Sync off: set-up not loaded');
        await flush(30, RETRY_BUSY_MS);
        expect(text('load-retry')).toBe('Retry');
        expect(node('load-retry').disabled).toBe(false);
        expect(text('load-error-line')).toMatch(/^Retried at \d{1,2}:\d{2}( ?[AP]M)?: failed$/);
    });
});
