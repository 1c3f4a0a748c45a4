/** Prints how many articles the database holds (used by `npm start` to decide whether to seed). */
import { db } from "@/lib/db";

db.article
  .count()
  // A plain string: console.log would colour a number when FORCE_COLOR is set.
  .then((n) => process.stdout.write(`${n}\n`))
  .finally(() => db.$disconnect());
