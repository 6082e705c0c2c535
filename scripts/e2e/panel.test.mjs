// The agent's panel at the real utility sizes: 340×480 (a utility item added by hand) and 420×640 (the
// shipped one), in English and Spanish. Asserts what the person sees: the headline, the softphone frame
// following the panel's height, the decisions list without sideways scrolling, the held change in words.
import {
    expectEqual,
    inPanel,
    loggedIn,
    omniStatus,
    openConsole,
    padFrame,
    panelText,
    screenshot,
    waitFor
} from './lib.mjs';
import { UTILITY_HEADER_PX, noticeWith, openDetails, sizeUtility } from './reading.mjs';

/** Measures the panel in its utility slot. */
function layout(page) {
    return inPanel(page, (panel) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        const frame = panel.query('iframe');
        const decisions = panel.query('[data-id="decisions"]');
        const box = (node) => (node ? node.getBoundingClientRect() : null);
        return {
            slot: { width: slot.clientWidth, height: slot.clientHeight, scrollWidth: slot.scrollWidth },
            slotBox: box(slot),
            frame: box(frame),
            decisions: decisions
                ? {
                      scrollWidth: decisions.scrollWidth,
                      clientWidth: decisions.clientWidth,
                      items: decisions.children.length
                  }
                : null,
            decisionLines: panel
                .queryAll('[data-id="decision-text"]')
                .filter((p) => p.getClientRects().length > 0)
                .map((p) => ({
                    text: p.textContent.trim(),
                    width: p.getBoundingClientRect().width,
                    right: p.getBoundingClientRect().right
                })),
            ruleLines: panel
                .queryAll('[data-id="decision-rule"]')
                .filter((p) => p.getClientRects().length > 0)
                .map((p) => p.textContent.trim()),
            text: panel.drawnText(panel.query('section')).replace(/\s+/g, ' ')
        };
    });
}

function fits(measure, what) {
    if (measure.slot.scrollWidth > measure.slot.width + 1)
        throw new Error(`${what}: the panel scrolls sideways (${measure.slot.scrollWidth} > ${measure.slot.width})`);
    if (measure.decisions && measure.decisions.scrollWidth > measure.decisions.clientWidth + 1)
        throw new Error(`${what}: the decisions list scrolls sideways`);
    for (const line of measure.decisionLines) {
        if (line.width <= 0 || line.right > measure.slotBox.right + 1)
            throw new Error(`${what}: the decision "${line.text}" is cut off`);
    }
}

function atSize(width, height) {
    return [
        `panel at ${width}×${height}: the frame follows the panel's height and the decisions fit without sideways scrolling`,
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await sizeUtility(page, width, height);
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after Away / Lunch');
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the headline');
            const closed = await layout(page);
            const panelHeight = height - UTILITY_HEADER_PX;
            // The frame takes the height the rest of the panel leaves: its bottom sits near the panel's bottom.
            const gap = closed.slotBox.bottom - closed.frame.bottom;
            if (closed.frame.height < 200 || gap < 0 || gap > 80)
                throw new Error(
                    `the softphone frame does not follow the panel's height (frame ${Math.round(closed.frame.height)} px, ${Math.round(gap)} px left of ${panelHeight})`
                );
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `panel-${width}x${height}`);
            await openDetails(page);
            const open = await waitFor(async () => {
                const measure = await layout(page);
                return measure.decisionLines.length > 0 ? measure : null;
            }, 'the decisions list');
            fits(open, `${width}×${height}`);
            await page.evaluate(() => {
                const slot = document.querySelector('[data-test="presence-sync-slot"]');
                slot.scrollTop = slot.scrollHeight;
            });
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `panel-${width}x${height}-details`);
            if (
                !open.decisionLines.some(
                    (line) => line.text === 'You set the softphone to Away / Lunch. The sync set Omni-Channel to Lunch.'
                )
            )
                throw new Error(`the decision is not in words: ${open.decisionLines.map((l) => l.text).join(' | ')}`);
            if (!open.ruleLines.some((line) => line.endsWith('B1 Softphone sets Omni-Channel')))
                throw new Error(`the rule name is not shown beside its id: ${open.ruleLines.join(' | ')}`);
        }
    ];
}

/** What the 340×480 utility shows at start-up: "Starting…" (and whether it is in sight), the headline, notices. */
function startupSample(page) {
    return inPanel(page, (panel) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        const starting = panel.query('[data-id="starting"]');
        const slotBox = slot?.getBoundingClientRect();
        const box = starting?.getBoundingClientRect();
        return {
            starting: starting ? starting.textContent.trim() : null,
            inSight: box && slotBox ? box.top >= slotBox.top && box.bottom <= slotBox.bottom + 1 : null,
            headline: panel.query('[data-id="headline"]')?.textContent.trim() ?? null,
            notices: panel.queryAll('[data-id="notices"] li').length
        };
    });
}

export const tests = [
    atSize(340, 480),
    atSize(420, 640),
    [
        'B15: a reload while Apex answers slowly says "Starting…" in sight, then the first state, no warning between',
        async (context) => {
            const page = await openConsole(context);
            // The reload: the console page's own read (its simulated Omni-Channel) is answered at once, the
            // panel's Apex read after 3 s, as from a cold org.
            let reads = 0;
            await page.route('**/api/configuration**', async (route) => {
                if (++reads % 2 === 0) await new Promise((resolve) => setTimeout(resolve, 3000));
                await route.continue();
            });
            await page.reload();
            const samples = [];
            const started = Date.now();
            while (Date.now() - started < 10000) {
                try {
                    await sizeUtility(page, 340, 480);
                    const sample = await startupSample(page);
                    samples.push(sample);
                    if (sample.headline !== null) break;
                } catch {
                    // the page is still loading
                }
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            const waiting = samples.filter((s) => s.starting !== null);
            if (waiting.length === 0) throw new Error('"Starting…" never showed while Apex answered');
            if (waiting.some((s) => s.inSight !== true)) throw new Error('"Starting…" was out of sight at 340×480');
            const first = samples.find((s) => s.headline !== null);
            if (!first) throw new Error('no first state within 10 s');
            if (first.starting !== null) throw new Error('"Starting…" stayed beside the first state');
            if (first.notices > 0) throw new Error(`the first state came with ${first.notices} notice(s)`);
        }
    ],
    [
        'panel at 340×480: a change held during a call is said in words and the headline says it waits',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await sizeUtility(page, 340, 480);
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
            await expectEqual(() => panelText(page, 'headline'), 'Lunch waits for the call to end', 'the headline');
            await waitFor(
                async () => ((await panelText(page, 'held')) ?? '').includes('Lunch'),
                'the held change in words'
            );
            const held = await panelText(page, 'held');
            if (!held.startsWith('After this call your softphone'))
                throw new Error(`held change not in words: ${held}`);
            fits(await layout(page), '340×480 with a held change');
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), 'panel-held-340x480');
            await pad.click('[data-test="pad-hangup"]');
        }
    ],
    [
        'panel at 340×480: a configuration problem names the record and the field as Setup shows them',
        async (context) => {
            const page = await openConsole(context, '?set=Capacity_Threshold_Percent__c:500');
            await padFrame(page);
            await sizeUtility(page, 340, 480);
            const notice = await noticeWith(
                page,
                (n) => n.startsWith('Presence Sync Setting “'),
                'the configuration notice'
            );
            if (!notice.includes('Capacity Threshold Percent') || /__c|__mdt/.test(notice))
                throw new Error(`the notice does not name the field by its Setup label: ${notice}`);
            fits(await layout(page), '340×480 with a configuration notice');
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), 'panel-config-problem-340x480');
        }
    ],
    [
        'panel at 340×480 in Spanish: the agent reads Spanish only',
        async (context) => {
            const page = await openConsole(context, '?lang=es');
            await padFrame(page);
            await sizeUtility(page, 340, 480);
            await expectEqual(() => panelText(page, 'omni'), 'Desconectado', 'the Omni side in Spanish');
            await expectEqual(() => panelText(page, 'headline'), 'Sin sesión iniciada', 'the headline in Spanish');
            await openDetails(page);
            const measure = await layout(page);
            fits(measure, '340×480 in Spanish');
            for (const english of [
                'Not logged in',
                'Decisions',
                'Export support',
                'Export decisions',
                'Details',
                'No decisions yet',
                'Connecting'
            ])
                if (measure.text.includes(english)) throw new Error(`English left in Spanish: "${english}"`);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), 'panel-340x480-es');
        }
    ]
];
