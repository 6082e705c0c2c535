// `@salesforce/apex/PresenceSyncHealthController.reportHealth` in Jest (mapped in jest.config.js): an imperative Apex
// call that takes the report and answers nothing, as the org does; a test makes it refuse with
// `reportHealth.mockRejectedValue(...)` or reads what was sent from `reportHealth.mock.calls`.
export default jest.fn(() => Promise.resolve());
