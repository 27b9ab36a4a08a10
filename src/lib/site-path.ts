/** A path under the site's base (BASE_PATH at build time), for links, assets and the sandbox. */
export function sitePath(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
