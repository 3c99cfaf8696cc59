/* tslint:disable */
/* eslint-disable */
export * from './ScanProfilesApi.js';
