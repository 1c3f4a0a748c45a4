/**
 * The e2e suite's own staff account. It exists only in the e2e database,
 * created by scripts/e2e-server.mjs through `npm run staff:create` (the
 * production path itself never creates a known account).
 */
export const E2E_EDITOR = { email: "editor@e2e.example", name: "محرر تجريبي", password: "e2e-only-editor-password" };
