// Type-aware lint for TypeScript, scripts and Astro components: rules that catch real bugs, not style (Prettier has that).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

function unsafeAnyRulesOff() {
  const rules = ['argument', 'assignment', 'call', 'member-access', 'return'];
  return Object.fromEntries(rules.map((rule) => [`@typescript-eslint/no-unsafe-${rule}`, 'off']));
}

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/fixtures/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error; an async handler where a plain one is expected runs unchecked.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Style, not bugs: an assertion that changes nothing, or an async function with no await, is harmless.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
      'prefer-const': 'error',
      'no-var': 'error',
      'object-shorthand': 'error',
      'no-throw-literal': 'off',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    // In tests, values typed `any` by libraries (XState's event types, Vitest's asymmetric matchers) are checked by
    // the assertions themselves: a wrong shape fails the test.
    files: ['tests/**'],
    rules: unsafeAnyRulesOff(),
  },
  {
    // Astro's own checker (astro check) types Astro.props from getStaticPaths; typescript-eslint's parser cannot, so
    // in components every prop would read as `any`. The any-flow rules stay on for .ts, where types are complete.
    // Modules that import .astro components (src/components/**/index.ts) see them untyped for the same reason.
    files: ['**/*.astro', 'src/components/**/index.ts'],
    rules: unsafeAnyRulesOff(),
  },
  {
    // astro-eslint-parser reads tsconfig.json itself: it takes `project`, not `projectService`.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // Plain JavaScript (scripts, configs) has no types to check against: keep the bug rules, drop the type-only ones.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
