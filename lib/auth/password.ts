import { hash, verify } from "@node-rs/argon2";

/** argon2id (algorithm 2), OWASP's memory-hard settings: 19 MiB, 2 passes. */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS as Parameters<typeof hash>[1]);
}

let dummy: Promise<string> | null = null;

/**
 * Checks a password against a stored hash. With no account (hash null) a
 * dummy hash is verified anyway, so an unknown email costs the same time
 * as a wrong password and the answer says nothing about which it was.
 */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  // No account, or one whose password was never set or was reset (an empty hash): the dummy check.
  if (stored === null || stored === "") {
    dummy ??= hashPassword("not-a-real-password-just-for-timing");
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
