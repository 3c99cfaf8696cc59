/* tslint:disable */
/* eslint-disable */
export * from './ErrorBody.js';
export * from './ErrorDetail.js';
export * from './PageMetadata.js';
export * from './ScanMode.js';
export * from './ScanProfile.js';
export * from './ScanProfileFilter.js';
export * from './ScanProfilePage.js';
