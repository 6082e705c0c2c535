import { csvCell } from './csv';

describe('csvCell', () => {
    it('quotes a cell and doubles its quotes', () => {
        expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    });

    it('shows a cell that a spreadsheet would run as a formula as text', () => {
        for (const start of ['=', '+', '-', '@', '\t', '\r']) {
            expect(csvCell(`${start}SUM(A1)`)).toBe(`"'${start}SUM(A1)"`);
        }
        expect(csvCell('Available')).toBe('"Available"');
    });
});
