// The version, read from package.json at build time by esbuild's define (see scripts/build.mjs).
declare const __QUOTES_VERSION__: string | undefined;
export const VERSION: string = typeof __QUOTES_VERSION__ === 'string' ? __QUOTES_VERSION__ : '0.0.0-dev';
