import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // Infrastructure-code fixtures are inputs, not our code (a CDK asset's bundled handler).
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '__tests__/iac/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', __filename: 'readonly' }
    },
    // CommonJS is what NODE_OPTIONS' --require loads (shifted-clock.cjs): require is its import.
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
