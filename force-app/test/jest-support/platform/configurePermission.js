// `@salesforce/customPermission/Presence_Sync_Configure` in Jest (mapped in jest.config.js): the user may
// configure the sync, so the panel shows what an admin sees (the configuration problems, the support export).
export default true;
