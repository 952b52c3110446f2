// Stands in for CSS imports in component tests: jest does not load stylesheets.
export default {};
