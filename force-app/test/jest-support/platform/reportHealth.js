// `@salesforce/apex/PresenceSyncHealthController.reportHealth` in Jest (mapped in jest.config.js): an imperative Apex
// call that takes the report and answers true, as the org does when it kept the row (false when it did not); a test
// makes it refuse with `reportHealth.mockResolvedValue(false)` or `reportHealth.mockRejectedValue(...)`, or reads
// what was sent from `reportHealth.mock.calls`.
export default jest.fn(() => Promise.resolve(true));
