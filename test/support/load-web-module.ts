import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';

/**
 * Loads a TypeScript module of the web app that imports only other such modules by relative
 * path, such as the Dutch texts or the route table. The web app is an ES module package, which
 * jest's CommonJS runtime cannot require, so each file is compiled to CommonJS here and run on
 * its own. A package import throws.
 */
export function loadWebModule<T>(pathFromRepositoryRoot: string): T {
  return loadFile(resolve(__dirname, '../..', pathFromRepositoryRoot), new Map()) as T;
}

function resolveSource(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidate = [base, `${base}.ts`, `${base}/index.ts`].find((path) => existsSync(path) && path.endsWith('.ts'));
  if (!candidate) throw new Error(`Cannot find ${specifier} imported by ${fromFile}.`);
  return candidate;
}

function loadFile(file: string, cache: Map<string, unknown>): unknown {
  const cached = cache.get(file);
  if (cached) return cached;

  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const module = { exports: {} as Record<string, unknown> };
  cache.set(file, module.exports);
  const requireRelative = (specifier: string) => {
    if (!specifier.startsWith('.')) {
      throw new Error(`${file} imports the package "${specifier}"; only files of the web app can be loaded here.`);
    }
    return loadFile(resolveSource(file, specifier), cache);
  };
  runInNewContext(outputText, { module, exports: module.exports, require: requireRelative });
  return module.exports;
}
