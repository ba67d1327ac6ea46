/** The slice of addons-linter's library API that scripts/lint-extension.ts uses (the package has no types). */
declare module 'addons-linter' {
  interface LinterInstance {
    run(): Promise<unknown>;
  }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): LinterInstance;
  };
  export default addonsLinter;
}
