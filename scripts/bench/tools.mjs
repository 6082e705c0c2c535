// The engine, the simulated world and the seeded random numbers, as `npm run build:tools` bundles them.
export * from '../../dist/tools.mjs';
