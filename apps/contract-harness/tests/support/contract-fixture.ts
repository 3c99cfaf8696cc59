import {
  describeOperations,
  loadContract,
  type OperationDescription,
} from '@scan-profiles/contract';

/** The document and its one operation, as every suite reads them. */
export const contract = loadContract();
export const [operation] = describeOperations(contract) as [OperationDescription];

/** The seed of every generated case; set CONTRACT_SEED to replay another run. */
export const SEED = Number(process.env['CONTRACT_SEED'] ?? 20251120);

/** Any bearer token will do for Prism. */
export const TOKEN = 'contract-suite-token';
