import { connectPair } from '../test-support/bridge-harness';

describe('allowedHostOrigins is read once, when the client is made', () => {
    it('an origin the vendor page takes out of its array afterwards is still accepted: the client made with it keeps it', async () => {
        const origins = ['https://*.lightning.force.com'];
        const pair = connectPair({ client: { allowedHostOrigins: origins } });
        origins.splice(0, origins.length, 'https://other.example.com');
        pair.client.start();
        pair.host.start();
        await pair.settle();
        expect(pair.client.stats().byReason['wrong-origin'] ?? 0).toBe(0);
        expect(pair.client.currentStatus).toBe('connected');
    });
});
