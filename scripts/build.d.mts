export const builtSiteVariable: string;
export const astroBuildEnvironment: Record<string, string>;
