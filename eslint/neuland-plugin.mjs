// Neuland's own lint rules, for what no import graph shows: SQL naming another lib's tables, and entity classes
// (a table in disguise) leaving their lib. The ownership map is config/boundaries.cjs.
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';

const { OWNERSHIP, rankOf } = createRequire(import.meta.url)('../config/boundaries.cjs');

const owners = new Map();
for (const [lib, { owns, publishes }] of Object.entries(OWNERSHIP)) {
  for (const name of owns) owners.set(name, { lib, published: false });
  for (const name of publishes) owners.set(name, { lib, published: true });
}

/** `libs/<lib>/src/...` of a linted file, or undefined outside a lib's sources (tests, apps, migrations). */
function libOf(filename, cwd) {
  const path = relative(cwd, filename).split(sep).join('/');
  const match = /^libs\/([^/]+)\/src\/(.*)$/.exec(path);
  if (!match || match[2].startsWith('migrations/')) return undefined;
  return match[1];
}

const SQL_NAME = /\b(?:from|join|into|update|table|truncate)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
const SQL_CALL = /\b([a-z_][a-z0-9_]*)\s*\(/gi;
const QUERY_BUILDER_TARGETS = new Set([
  'from',
  'into',
  'update',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
]);

/** Whether `lib` may name `name` at all: its own, or a read model of a lib below it. */
function refusal(lib, name) {
  const owner = owners.get(name);
  if (!owner || owner.lib === lib) return undefined;
  if (!owner.published)
    return `names the table "${name}" of libs/${owner.lib}: ask its service or a read model it publishes`;
  const [mine, theirs] = [rankOf(lib), rankOf(owner.lib)];
  if (
    mine !== undefined &&
    theirs !== undefined &&
    (theirs === 0 ? mine > 0 || lib !== owner.lib : mine > theirs)
  )
    return undefined;
  return `uses "${name}", a read model of libs/${owner.lib}, which is not below libs/${lib}`;
}

const noForeignTables = {
  meta: {
    type: 'problem',
    docs: { description: "A lib's SQL names only its own tables and the read models of libs below it." },
    schema: [],
  },
  create(context) {
    const lib = libOf(context.filename, context.cwd);
    if (!lib) return {};
    const check = (node, text) => {
      const named = [...text.matchAll(SQL_NAME)].map((match) => match[1].toLowerCase());
      const called = [...text.matchAll(SQL_CALL)]
        .map((match) => match[1].toLowerCase())
        .filter((name) => owners.get(name)?.published);
      for (const name of new Set([...named, ...called])) {
        const message = refusal(lib, name);
        if (message) context.report({ node, message: `libs/${lib} ${message}.` });
      }
    };
    return {
      Literal(node) {
        if (typeof node.value !== 'string') return;
        check(node, node.value);
        const call = node.parent;
        const target =
          call?.type === 'CallExpression' && call.arguments[0] === node && call.callee.property?.name;
        if (target && QUERY_BUILDER_TARGETS.has(target)) check(node, `from ${node.value}`);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};

const noExportedEntities = {
  meta: {
    type: 'problem',
    docs: {
      description: "A lib's index exports no entity class: other libs would write its table through it.",
    },
    schema: [],
  },
  create(context) {
    const path = relative(context.cwd, context.filename).split(sep).join('/');
    if (!/^libs\/[^/]+\/src\/index\.ts$/.test(path)) return {};
    const fromEntity = (node) => /\.entity\.js$/.test(node.source?.value ?? '');
    return {
      ExportAllDeclaration(node) {
        if (fromEntity(node) && node.exportKind !== 'type') {
          context.report({
            node,
            message: 'Export the types of an entity file (`export type { … }`), not its classes.',
          });
        }
      },
      ExportNamedDeclaration(node) {
        if (!fromEntity(node) || node.exportKind === 'type') return;
        if (node.specifiers.some((specifier) => specifier.exportKind !== 'type')) {
          context.report({
            node,
            message: 'Export the types of an entity file (`export type { … }`), not its classes.',
          });
        }
      },
    };
  },
};

export default {
  rules: { 'no-foreign-tables': noForeignTables, 'no-exported-entities': noExportedEntities },
};
