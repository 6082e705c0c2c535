// Stand-in for lightning/platformUtilityBarApi, which sfdx-lwc-jest does not provide.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const EnclosingUtilityId = createTestWireAdapter(jest.fn());
export const updateUtility = jest.fn(() => Promise.resolve());
export const updatePanel = jest.fn(() => Promise.resolve());
export const open = jest.fn(() => Promise.resolve());
export const minimize = jest.fn(() => Promise.resolve());
export const getInfo = jest.fn(() => Promise.resolve({}));
export const getAllUtilityInfo = jest.fn(() => Promise.resolve([]));
export const enableModal = jest.fn(() => Promise.resolve());
export const enablePopout = jest.fn(() => Promise.resolve());
export const onUtilityClick = jest.fn(() => Promise.resolve());
