export const builtSiteVariable: string;
export const astroBuildEnvironment: Record<string, string>;
export const buildV8Options: string[];
