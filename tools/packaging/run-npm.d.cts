export interface NpmHome {
  dir: string;
  /** Passed as `--userconfig`; a publish writes its registry token here. */
  userconfig: string;
  cache: string;
}

export function npmHome(dir: string): NpmHome;
export function runNpm(args: string[], options: { cwd: string; home: NpmHome }): Promise<string>;
