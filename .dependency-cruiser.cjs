// The boundaries of the code, checked by `npm run lint` (../shared/DESIGN.md, "Domain (libs) and layering"):
// apps wire libs, apps/web imports no lib, infrastructure knows no feature, a feature imports only features below
// it, and another lib is reached through its index only. `npm run deps:graph` draws what is there.

const { FEATURE_RANKS, INFRASTRUCTURE } = require('./config/boundaries.cjs');

const libs = (names) => `^libs/(${names.join('|')})/`;

const layering = FEATURE_RANKS.flatMap((features, rank) => {
  const notBelow = FEATURE_RANKS.slice(rank).flat();
  return features.map((feature) => ({
    name: `${feature}-imports-only-lower-features`,
    comment: `libs/${feature} may import infrastructure and features below it: ${FEATURE_RANKS.slice(0, rank).flat().join(', ') || 'none'}.`,
    severity: 'error',
    from: { path: libs([feature]) },
    to: { path: libs(notBelow.filter((other) => other !== feature)) },
  }));
});

module.exports = {
  forbidden: [
    ...layering,
    {
      name: 'infrastructure-knows-no-feature',
      comment: `Infrastructure (${INFRASTRUCTURE.join(', ')}) serves every feature and imports none.`,
      severity: 'error',
      from: { path: libs(INFRASTRUCTURE) },
      to: { path: libs(FEATURE_RANKS.flat()) },
    },
    {
      name: 'no-deep-imports-into-another-lib',
      comment: 'Another lib is reached through its index (@neuland/x), never a file inside its src/.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-use-lib-indexes',
      comment: 'Apps wire libs through their indexes (@neuland/x).',
      severity: 'error',
      from: { path: '^apps/(api|worker)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'libs-import-no-app',
      comment: 'Apps wire libs together; a lib never reaches back into an app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-imports-no-lib',
      comment:
        'The web app talks to the API over HTTP only: its typed client comes from the OpenAPI document.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: ['^libs/', '^@neuland/', '^apps/(api|worker)/'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes both sides one thing in disguise.',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.tsx?$', '\\.test\\.tsx?$', '^dist/', '^libs/database/src/migrations/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
