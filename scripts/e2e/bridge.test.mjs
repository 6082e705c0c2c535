// The presence bridge in a real browser: what travels between the console and ContactPad
// (JSON strings carrying the session nonce), and the minified softphone client doing the job
// of the readable one.
import { rollup } from 'rollup';
import { softphoneClient } from '../../rollup.config.mjs';
import { ctx, expectEqual, loggedIn, omniStatus, openConsole, padFrame, padStatus, panelText } from './lib.mjs';

let minifiedClient = null;

/** The minified classic-script client, built as `npm run build` writes dist/presence-bridge-client.min.js. */
async function buildMinifiedClient() {
    if (minifiedClient !== null) return minifiedClient;
    const { output: outputs, ...input } = softphoneClient;
    const options = outputs.find((output) => output.file.endsWith('.min.js'));
    const bundle = await rollup({ ...input, onwarn: () => {} });
    const { output } = await bundle.generate(options);
    await bundle.close();
    minifiedClient = output[0].code;
    return minifiedClient;
}

export const tests = [
    [
        'S1: the console and ContactPad exchange JSON strings, each after the connect carrying the session nonce',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            // Record what arrives at each side from here on.
            await page.evaluate((padOrigin) => {
                window.bridgeSeen = [];
                window.addEventListener('message', (event) => {
                    if (event.origin === padOrigin) window.bridgeSeen.push(event.data);
                });
            }, ctx.simulator.padOrigin);
            await pad.evaluate(() => {
                window.bridgeSeen = [];
                window.addEventListener('message', (event) => {
                    if (event.source === window.parent) window.bridgeSeen.push(event.data);
                });
            });
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Break (busy)' });
            await expectEqual(() => padStatus(pad), 'Away / Break', 'ContactPad after Omni Break');
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Ready' });
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after ContactPad Ready');
            const check = (seen, side) => {
                const bridge = seen.filter((data) => typeof data !== 'object' || data?.bench === undefined);
                if (bridge.length < 1) throw new Error(`${side}: only ${bridge.length} bridge messages seen`);
                const objects = bridge.filter((data) => typeof data !== 'string');
                if (objects.length > 0) throw new Error(`${side} received objects: ${JSON.stringify(objects)}`);
                const nonces = new Set(bridge.map((data) => JSON.parse(data).nonce));
                if (nonces.size !== 1 || !/^[A-Za-z0-9_-]{32}$/.test([...nonces][0] ?? ''))
                    throw new Error(`${side} saw nonces ${JSON.stringify([...nonces])}`);
                return [...nonces][0];
            };
            const atConsole = check(await page.evaluate(() => window.bridgeSeen), 'the console');
            const atPad = check(await pad.evaluate(() => window.bridgeSeen), 'ContactPad');
            if (atConsole !== atPad) throw new Error('the two sides carry different nonces');
        }
    ],
    [
        'minified client: ContactPad on dist/presence-bridge-client.min.js syncs both ways',
        async (context) => {
            const code = await buildMinifiedClient();
            let served = 0;
            await context.route(`${ctx.simulator.padOrigin}/presence-bridge-client.js`, (route) => {
                served++;
                return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: code });
            });
            const page = await openConsole(context);
            const pad = await padFrame(page);
            if (served === 0) throw new Error('the minified client was not loaded');
            await pad.selectOption('[data-test="pad-login-state"]', { label: 'Ready' });
            await pad.click('[data-test="pad-login"]');
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after ContactPad login (B3)');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Break (busy)' });
            await expectEqual(() => padStatus(pad), 'Away / Break', 'ContactPad after Omni Break (B2)');
            const size = Buffer.byteLength(code);
            if (size > 20_000) throw new Error(`the minified client is ${size} bytes`);
        }
    ],
    [
        'S1: an end of call lost in a burst of repeated states is recovered once the burst passes',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await pad.click('[data-test="pad-hangup"]');
            await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni in wrap');
            const rejectedBefore = Number(/(\d+)$/.exec((await panelText(page, 'rejected')) ?? '')?.[1] ?? 0);
            // A softphone build repeats its state message, then the call ends, all in one task. 300 repeats
            // exceed the rate limit (bursts of 100, 50 a second) even on a slow machine.
            await pad.evaluate(() => {
                for (let i = 0; i < 300; i++) window.benchChangeState('Wrap', null);
                document.querySelector('[data-test="pad-end-wrap"]').click();
            });
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad after the wrap');
            await expectEqual(
                async () => Number(/(\d+)$/.exec((await panelText(page, 'rejected')) ?? '')?.[1] ?? 0) > rejectedBefore,
                true,
                'the flood counted'
            );
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the call, once resynchronised', 10_000);
        }
    ]
];
