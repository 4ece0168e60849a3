export interface ModuleEntry {
  about: string;
  uses: string[];
  exposes: string[];
}

export declare const MODULES: Record<string, ModuleEntry>;
export declare const SHARED_LAYERS: string[];
export declare function isRoleFile(file: string): boolean;
export declare function boundaryProblem(
  fromPath: string,
  source: string,
  names: string[] | null,
): string | null;
export declare function pureProblem(fromPath: string, source: string): string | null;
export declare function renderMap(): string;
