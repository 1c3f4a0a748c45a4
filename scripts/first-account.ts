/**
 * Run by `npm start` (the production path) after migrating: on a database
 * with no staff, creates one admin with a random password and prints it
 * once, here in the terminal, with the sign-in URL. Nothing else keeps it.
 */
import { db } from "@/lib/db";
import { ensureFirstAccount } from "@/lib/auth/first-account";
import { siteUrl } from "@/lib/paths";

async function main() {
  const result = await ensureFirstAccount(db);
  if (!result.created) {
    console.log(`start: ${result.staff} staff account(s); no first account needed`);
    return;
  }
  const rule = "start: " + "-".repeat(64);
  console.log(
    [
      rule,
      "start: first staff account created (admin). The password is shown only this once:",
      `start:   sign in at  ${siteUrl()}/staff/login`,
      `start:   email       ${result.email}`,
      `start:   password    ${result.password}`,
      "start: keep it in a password manager; add personal accounts with `npm run staff:create`.",
      rule,
    ].join("\n"),
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
