import { notFound } from "next/navigation";

/** Any path no route claims: the edition's 404 page. */
export default function UnknownPage() {
  notFound();
}
