// Every page is static: prerendered at build time and served from any static host.
export const prerender = true;
// Folders with index.html work on every static host without rewrite rules.
export const trailingSlash = 'always';
