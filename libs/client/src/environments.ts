// The AvePoint Elements environments: where the API answers and where its tokens come from.
// The commercial API host and the four token endpoints are the vendor's; the gov, aos2 and
// fedramp API hosts come from a third-party client and are not confirmed by the vendor.

export type EnvironmentName = 'commercial' | 'gov' | 'aos2' | 'fedramp';

export interface Environment {
  apiBaseUrl: string;
  tokenUrl: string;
}

export const ENVIRONMENTS: Readonly<Record<EnvironmentName, Readonly<Environment>>> = {
  commercial: {
    apiBaseUrl: 'https://graph.avepointonlineservices.com',
    tokenUrl: 'https://identity.avepointonlineservices.com/connect/token',
  },
  gov: {
    apiBaseUrl: 'https://graph-gov.avepointonlineservices.com',
    tokenUrl: 'https://identity-gov.avepointonlineservices.com/connect/token',
  },
  aos2: {
    apiBaseUrl: 'https://graph-aos2.avepointonlineservices.com',
    tokenUrl: 'https://identity-aos2.avepointonlineservices.com/connect/token',
  },
  fedramp: {
    apiBaseUrl: 'https://graphusgovapi.online15.net',
    tokenUrl: 'https://identity.online15.net/connect/token',
  },
};

export function isEnvironmentName(value: unknown): value is EnvironmentName {
  return typeof value === 'string' && Object.hasOwn(ENVIRONMENTS, value);
}
