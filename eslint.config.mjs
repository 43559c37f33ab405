// typescript-eslint with its type-checked recommended rules: floating and misused
// promises, unsafe `any`, and the rest of the set. `npm run lint`, in .ci/run after
// the type check. Formatting is prettier's business (`npm run format:check`), not this.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `let x; const f = () => x; x = …`: a closure reading it before its one assignment
      // (the entry point's late-bound chat namespace) cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // The code base's convention for "deliberately unused": a leading underscore
      // (Express knows an error handler by its four parameters; `{ secret: _s, ...rest }`
      // drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests read HTTP bodies (supertest types them `any`) and socket acks as untyped
    // JSON on purpose: the expect() that follows is what checks their shape, and typing
    // each response would restate the schemas under test. Test doubles implement async
    // interfaces with `async () => value` (require-await), and jest takes methods
    // detached (`expect(fake.send)`; unbound-method). All three rules stay on for server/,
    // widget/ and bench/.
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
