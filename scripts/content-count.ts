/** Prints how many articles the database holds (used by `npm start` to decide whether to seed). */
import { db } from "@/lib/db";

db.article
  .count()
  .then((n) => console.log(n))
  .finally(() => db.$disconnect());
