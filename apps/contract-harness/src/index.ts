export { createHarnessApp, type Harness, type HarnessOptions } from './app';
export type { ExchangeRecord, HarnessReport, RuleCount } from './report/exchange-log';
export { EXCHANGE_HEADER, VIOLATIONS_HEADER } from './routes/exchange-recorder';
export { REPORT_PATH } from './routes/report-route';
export type { Problem } from './problem';
export type { Side, Violation } from './validation/violation';
