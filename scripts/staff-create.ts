/**
 * `npm run staff:create -- --email E --name N --role contributor|editor|admin`
 * Creates a staff account. The password is read from the terminal (not
 * echoed) or from standard input, never from the command line.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { normalizeEmail } from "@/lib/auth/login-rules";
import { staffRoles } from "@/lib/auth/permissions";

const argsSchema = z.object({ email: z.string().email(), name: z.string().trim().min(1).max(200), role: z.enum(staffRoles) });

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? "";
  }
  process.stdout.write("Password: ");
  const rl = createInterface({ input: process.stdin, terminal: true });
  // Hide what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "editor" } } });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error("usage: npm run staff:create -- --email E --name N --role contributor|editor|admin   (password on stdin or prompted)");
    process.exitCode = 2;
    return;
  }
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
    process.exitCode = 2;
    return;
  }
  const email = normalizeEmail(args.data.email);
  if (await db.staffUser.findUnique({ where: { email } })) {
    console.error(`an account for ${email} exists already`);
    process.exitCode = 1;
    return;
  }
  await db.staffUser.create({ data: { email, displayName: args.data.name, role: args.data.role, passwordHash: await hashPassword(password) } });
  console.log(`created ${args.data.role} ${email}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
