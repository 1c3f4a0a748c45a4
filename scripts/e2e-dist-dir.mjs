/** The build folder of the e2e server on a port (shared by scripts/e2e-server.mjs and the specs that look inside it). */
export function e2eDistDir(port = process.env.E2E_PORT || "3100") {
  // The default port keeps the folder tsconfig.json already knows (next build adds any new one to it).
  return process.env.E2E_DIST_DIR || (String(port) === "3100" ? ".next-e2e" : `.next-e2e-${port}`);
}
