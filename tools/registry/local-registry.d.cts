export interface LocalRegistry {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** The config.yaml it runs with. */
  config: string;
  stop(): Promise<void>;
}

export function startLocalRegistry(
  dir: string,
  options?: { port?: number },
): Promise<LocalRegistry>;
