// The console's main flows: both sides in sync, sessions, work, revert, held changes, echoes,
// frame reloads, two tabs, a hostile frame and Spanish labels.
import {
    ctx,
    expectEqual,
    loggedIn,
    omniStatus,
    openConsole,
    padFrame,
    padStatus,
    panelNotices,
    panelText,
    presenceCalls,
    screenshot,
    waitFor
} from './lib.mjs';

export const tests = [
    [
        'B3 and B1: logging in to ContactPad logs in to Omni; a state change sets the mapped status',
        async (context) => {
            const page = await openConsole(context);
            const pad = await padFrame(page);
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni before login');
            await pad.selectOption('[data-test="pad-login-state"]', { label: 'Ready' });
            await pad.click('[data-test="pad-login"]');
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after ContactPad login (B3)');
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after Away / Lunch (B1)');
            await expectEqual(() => panelText(page, 'omni'), 'Lunch', 'the panel');
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the headline');
            await screenshot(page, 'simulator-in-sync');
        }
    ],
    [
        'B2: an Omni status change sets the mapped ContactPad state',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Break (busy)' });
            await expectEqual(() => padStatus(pad), 'Away / Break', 'ContactPad after Omni Break');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Available for Chats' });
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad after Available for Chats (many to one)');
        }
    ],
    [
        'B4 and B5: logging out on either side logs the other side out',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await pad.click('[data-test="pad-logout"]');
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni after ContactPad logout (B4)');
            await pad.click('[data-test="pad-login"]');
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after logging in again');
            await page.click('[data-test="omni-supervisor-logout"]');
            await expectEqual(() => padStatus(pad), 'Logged out', 'ContactPad after a supervisor logout (B5)');
        }
    ],
    [
        'B5: Omni logging out for another session of the user leaves ContactPad logged in and says why',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await page.click('[data-test="omni-other-session"]');
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni');
            await waitFor(
                async () => (await panelNotices(page)).some((n) => n.includes('another session')),
                'the handover notice'
            );
            if ((await padStatus(pad)) !== 'Ready') throw new Error('ContactPad was logged out by a handover');
            await screenshot(page, 'simulator-handover');
        }
    ],
    [
        'B7: accepted Omni work makes ContactPad busy until the work is closed',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await page.click('[data-test="omni-route"]');
            await page.click('[data-test="omni-accept"]');
            await expectEqual(() => padStatus(pad), 'Busy Inbound', 'ContactPad with accepted work');
            await page.click('[data-test="omni-close"]');
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad after the work is closed');
        }
    ],
    [
        'B19: Omni work shows in ContactPad, which can accept and close it',
        async (context) => {
            const { page, pad } = await loggedIn(context, '?set=Work_Accepted_State__c:null');
            await page.click('[data-test="omni-route"]');
            await waitFor(() => pad.locator('[data-test="pad-work-accept"]').count(), 'the work item in ContactPad');
            await pad.click('[data-test="pad-work-accept"]');
            await waitFor(
                async () => (await page.locator('[data-test="omni-work"]').textContent()).includes('accepted'),
                'Omni to show the work accepted'
            );
            await waitFor(() => pad.locator('[data-test="pad-work-close"]').count(), 'the close button in ContactPad');
            await pad.click('[data-test="pad-work-close"]');
            await waitFor(
                async () => (await page.locator('[data-test="omni-work"]').count()) === 0,
                'Omni to close the work'
            );
        }
    ],
    [
        'B10: after an inbound call and its wrap, back in Ready restores the pre-call status',
        async (context) => {
            const { page, pad } = await loggedIn(context, '?set=Revert_After_Inbound__c:true');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Available for Chats' });
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await pad.click('[data-test="pad-hangup"]');
            await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni in wrap');
            await pad.click('[data-test="pad-end-wrap"]');
            await expectEqual(() => omniStatus(page), 'Available for Chats', 'Omni after the call (revert)');
        }
    ],
    [
        'B11: an Omni change during a call is held, shown, and applied when the call ends',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
            await expectEqual(
                () => panelText(page, 'held'),
                'After this call your softphone follows your Omni-Channel change to Lunch.',
                'the held change'
            );
            await expectEqual(() => panelText(page, 'headline'), 'Lunch waits for the call to end', 'the headline');
            if ((await padStatus(pad)) !== 'Busy Inbound') throw new Error('the Omni change was pushed into the call');
            await screenshot(page, 'simulator-held-change');
            await pad.click('[data-test="pad-hangup"]');
            await pad.click('[data-test="pad-end-wrap"]');
            await expectEqual(() => padStatus(pad), 'Away / Lunch', 'ContactPad after the call');
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after the call');
            await expectEqual(() => panelText(page, 'held'), null, 'the held change to go');
        }
    ],
    [
        'B12: one change, one command each way: echoes are not passed back',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            const before = (await presenceCalls(page)).length;
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Meeting' });
            await expectEqual(() => omniStatus(page), 'Meeting', 'Omni');
            await page.waitForTimeout(1500);
            const calls = (await presenceCalls(page)).slice(before);
            if (calls.join() !== 'setServicePresenceStatus Meeting')
                throw new Error(`expected one toolkit call, got ${calls.join(', ')}`);
            const commands = await pad.evaluate(() => window.contactPad.commands.length);
            if (commands !== 0) throw new Error(`ContactPad received ${commands} commands for its own change`);
        }
    ],
    [
        'B17: reloading the ContactPad frame mid-session disconnects, re-handshakes and reconciles',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            // ContactPad keeps its server session across a reload (simulator/sessions.mjs): for a page that comes
            // back logged out, the contact centre ends that session first (it expired).
            await pad.evaluate(() => window.contactPad.endServerSession());
            await pad.evaluate(() => window.location.reload());
            const revived = await padFrame(page);
            // The reloaded ContactPad is logged out: by the softphone authority Omni follows (B15, B4).
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni after the reconnect');
            await expectEqual(() => panelText(page, 'softphone'), 'Logged out', 'the panel');
            await revived.click('[data-test="pad-login"]');
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after logging in again');
            await screenshot(page, 'simulator-after-reload');
        }
    ],
    [
        'B18: with two tabs one drives and the other says so; closing the driver hands over',
        async (context) => {
            const first = await openConsole(context);
            await padFrame(first);
            const second = await openConsole(context);
            await expectEqual(() => panelText(second, 'headline'), 'Sync runs in another tab', 'the second tab');
            await screenshot(second, 'simulator-second-tab');
            await first.close();
            await waitFor(
                async () => (await panelText(second, 'headline')) !== 'Sync runs in another tab',
                'the second tab to take over'
            );
            const pad = await padFrame(second);
            await pad.click('[data-test="pad-login"]');
            await expectEqual(() => omniStatus(second), 'Available', 'Omni driven from the second tab');
        }
    ],
    [
        'S1: a frame from a third origin forging bridge messages changes nothing and is counted',
        async (context) => {
            const page = await openConsole(context, '?hostile=1');
            const pad = await padFrame(page);
            const hostile = await waitFor(
                () => page.frames().find((f) => f.url().startsWith(ctx.simulator.hostileOrigin)),
                'the hostile frame'
            );
            const rejected = async () => Number(/(\d+)$/.exec((await panelText(page, 'rejected')) ?? '')?.[1] ?? 0);
            const before = await rejected();
            const forged = await hostile.evaluate(() => {
                const sentBefore = window.forgedSent;
                window.forgeAgain();
                window.forgeAgain();
                return window.forgedSent - sentBefore;
            });
            await expectEqual(rejected, before + forged, 'every forged message counted');
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni (untouched)');
            await expectEqual(() => padStatus(pad), 'Logged out', 'ContactPad (untouched)');
            const calls = await presenceCalls(page);
            if (calls.length !== 0) throw new Error(`forged messages caused toolkit calls: ${calls.join(', ')}`);
            const polluted = await page.evaluate(() => ({}).polluted);
            if (polluted !== undefined) throw new Error('a forged message polluted Object.prototype');
        }
    ],
    [
        'labels: the panel speaks Spanish from the translations',
        async (context) => {
            const page = await openConsole(context, '?lang=es');
            await padFrame(page);
            await expectEqual(() => panelText(page, 'omni'), 'Desconectado', 'the Omni side in Spanish');
            await screenshot(page, 'simulator-spanish');
        }
    ]
];
