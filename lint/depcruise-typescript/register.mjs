// Preloaded by `npm run lint:deps` (node --import). dependency-cruiser reads
// TypeScript (type-only imports included) through the compiler's JS API, which
// TypeScript 7, our `tsc`, no longer ships (dependency-cruiser supports
// typescript >=2 <7: its src/meta.cjs). So for dependency-cruiser alone,
// "typescript" resolves to the TypeScript 6 installed next to this file.
import Module, { createRequire, register } from 'node:module';

const fromHere = createRequire(import.meta.url);
const isTypescript = (specifier) => specifier === 'typescript' || specifier.startsWith('typescript/');
const isCruiser = (parent) => typeof parent === 'string' && parent.includes('/dependency-cruiser/');

// require() — dependency-cruiser reads typescript/package.json to check the version.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (isTypescript(request) && isCruiser(parent?.filename)) return fromHere.resolve(request);
  return resolveFilename.call(this, request, parent, ...rest);
};

// import() — dependency-cruiser then imports the compiler itself.
const hooks = `
export async function resolve(specifier, context, next) {
  if ((specifier === 'typescript' || specifier.startsWith('typescript/')) &&
      (context.parentURL ?? '').includes('/dependency-cruiser/')) {
    return next(specifier, { ...context, parentURL: ${JSON.stringify(import.meta.url)} });
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
