// `@salesforce/apex/PresenceSyncController.getConfiguration` in Jest (mapped in jest.config.js): an Apex wire
// adapter the panel's tests emit the configuration through (`getConfiguration.emit(...)`), as panel-harness.js does.
import { createApexTestWireAdapter } from '@salesforce/wire-service-jest-util';

export default createApexTestWireAdapter(jest.fn());
