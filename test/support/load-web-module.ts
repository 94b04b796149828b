import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';

/**
 * Loads a dependency-free TypeScript module of the web app, such as the Dutch texts or the
 * route table. The web app is an ES module package, which jest's CommonJS runtime cannot
 * require, so the file is compiled to CommonJS here and run on its own.
 */
export function loadWebModule<T>(pathFromRepositoryRoot: string): T {
  const file = resolve(__dirname, '../..', pathFromRepositoryRoot);
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const module = { exports: {} as T };
  runInNewContext(outputText, {
    module,
    exports: module.exports,
    require: () => {
      throw new Error(`${pathFromRepositoryRoot} imports another module; only dependency-free files can be loaded.`);
    },
  });
  return module.exports;
}
