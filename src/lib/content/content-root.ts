// Where the site's content is, relative to the project: src/content, or CONTENT_ROOT (the build tests point the build
// at deliberately broken fixtures outside src/, and the benches at generated pages).
export function contentRootSetting(): string {
  return process.env.CONTENT_ROOT ?? './src/content';
}
