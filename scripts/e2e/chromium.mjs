// Debian's Chromium for the browser suite and its benchmark: where it is, how it is started, and installing it when a
// fresh machine lacks it. Shared by the runner (scripts/e2e.mjs), each of its lanes (scripts/e2e/lane.mjs) and
// scripts/bench-e2e.mjs.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic'
];

/** Debian's Chromium, installed when missing and allowed (root with apt), else a clear error. */
export function ensureChromium() {
    if (existsSync(CHROMIUM)) return;
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root && existsSync('/usr/bin/apt-get')) {
        console.log(`${CHROMIUM} is missing: installing Debian's chromium package`);
        const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
        const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
            stdio: 'inherit',
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
        });
        if (update.status === 0 && install.status === 0 && existsSync(CHROMIUM)) return;
    }
    console.error(
        `The browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`
    );
    process.exit(1);
}

export async function launch() {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
