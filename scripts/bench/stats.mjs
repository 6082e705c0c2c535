// Figures over runs: min / median / max, and how the benchmark prints them.

/** min, median and max of a list of numbers. */
export function spread(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return {
        min: sorted[0],
        median: sorted[Math.floor(sorted.length / 2)],
        max: sorted[sorted.length - 1],
        runs: sorted.length
    };
}

/** "a / b / c unit (min / median / max of n)" with `digits` decimals. */
export function show({ min, median, max, runs }, unit, digits = 1) {
    const f = (n) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return `${f(min)} / ${f(median)} / ${f(max)} ${unit} (min / median / max of ${runs})`;
}

export const hr = () => process.hrtime.bigint();
export const microsBetween = (from, to) => Number(to - from) / 1000;

/** CPU time (user + system) this process has used, in µs: what a busy machine's other work does not add to. */
export function cpuMicros() {
    const { user, system } = process.cpuUsage();
    return user + system;
}
