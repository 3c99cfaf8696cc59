export interface PackedLibrary {
  name: string;
  version: string;
  /** The `.tgz` that `npm pack` wrote, an absolute path. */
  tarball: string;
  /** Every path in the tarball, relative to the package, sorted. */
  files: string[];
}

export function packLibrary(projectRoot: string, workDir: string): Promise<PackedLibrary>;
