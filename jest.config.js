// One jest run for unit tests (beside the code in libs/ and apps/) and e2e tests (test/).
// Runs as ESM because Nest 12 is ESM-only; swc compiles TypeScript with decorator metadata.
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    // `import … with { type: 'json' }` (the shared texts in locales/) reaches jest's ESM loader as written.
    experimental: { keepImportAttributes: true },
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

// The mails' React components in libs: the same, plus JSX with React's automatic runtime.
const swcLibTsxOptions = {
  ...swcOptions,
  jsc: {
    ...swcOptions.jsc,
    parser: { ...swcOptions.jsc.parser, tsx: true },
    transform: { ...swcOptions.jsc.transform, react: { runtime: 'automatic' } },
  },
};

// The web app's components: TSX with React's automatic runtime; their tests pick jsdom with a docblock.
const swcWebOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
    experimental: { keepImportAttributes: true },
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

// ESM-only leaf packages that CommonJS dependencies (Fastify plugins) require(): jest on Node 20 cannot
// require() ESM, so these few are compiled to CommonJS for the tests.
const ESM_ONLY_REQUIRED_BY_CJS = ['cookie', 'content-disposition'];
const esmToCommonJs = {
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
};

export default {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/*/src/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/medium/**/*.medium-spec.ts',
    '<rootDir>/apps/web/src/**/*.test.{ts,tsx}',
  ],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+/apps/web/.+\\.tsx?$': ['@swc/jest', swcWebOptions],
    '^.+\\.ts$': ['@swc/jest', swcOptions],
    '^.+\\.tsx$': ['@swc/jest', swcLibTsxOptions],
    [`/node_modules/(${ESM_ONLY_REQUIRED_BY_CJS.join('|')})/.+\\.js$`]: ['@swc/jest', esmToCommonJs],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED_BY_CJS.join('|')})/)`],
  moduleNameMapper: {
    '^@neuland/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^@neuland/([^/]+)/(.*)\\.js$': '<rootDir>/libs/$1/src/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '\\.css$': '<rootDir>/apps/web/test/style-stub.ts',
  },
  setupFiles: ['<rootDir>/apps/web/test/jsdom-globals.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // A guard against hangs, not a speed check. A browser scenario (two widths, screenshots, accessibility checks) takes
  // 18–25 s alone on a slow hour of this 2-core machine, and over 30 s beside another browser file.
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker that grew past this is replaced between test files: under Node 24 the VM-modules runtime kept memory
  // from file to file until a worker ran out of it.
  workerIdleMemoryLimit: '1GB',
};
