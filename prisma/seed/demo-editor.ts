/**
 * `npm run dev` only (scripts/start.mjs --dev): the local demo editor of the
 * README. The production path (`npm start`) never runs this; it creates a
 * first admin with a random password instead (scripts/first-account.ts).
 */
import { db } from "@/lib/db";
import { DEMO_EDITOR, seedDemoEditor } from "./staff";

seedDemoEditor(db)
  .then((created) => console.log(created ? `dev: demo editor ${DEMO_EDITOR.email} / ${DEMO_EDITOR.password}` : "dev: no demo editor in production"))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
