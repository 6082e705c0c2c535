// `@salesforce/user/Id` in Jest (mapped in jest.config.js): one user for every panel test.
export default '005000000000001AAA';
