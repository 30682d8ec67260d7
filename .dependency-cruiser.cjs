/**
 * Import rules checked by `npm run lint:deps` (dependency-cruiser).
 *
 * tsPreCompilationDeps: dependencies are read before types are erased, so
 * `import type` / `export type … from` count like any other import: a cycle
 * made only of type imports is still a cycle. The compiler it reads them with
 * is TypeScript 6 (lint/depcruise-typescript/register.mjs says why).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-to-ui',
      severity: 'error',
      comment: 'lib/ is the logic the UI uses; it never reaches up into entrypoints/ or components/.',
      from: { path: '^lib/' },
      to: { path: '^(entrypoints|components)/' },
    },
    {
      name: 'components-not-to-entrypoints',
      severity: 'error',
      comment: 'Components are shared by the entrypoints; an entrypoint is never imported by them.',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      comment: 'Shipped code never imports the mock servers, fixtures or test support under test/.',
      from: { path: '^(lib|components|entrypoints)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^test/' },
    },
    {
      name: 'db-not-to-messaging',
      severity: 'error',
      comment: 'Storage (lib/db) knows nothing of the messages between extension contexts.',
      from: { path: '^lib/db/' },
      to: { path: '^lib/messaging/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.wxt|\\.output)/' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
