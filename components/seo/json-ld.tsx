import type { Thing, WithContext } from "schema-dts";
import { serializeJsonLd } from "@/lib/seo/json-ld";

type Props = { data: WithContext<Thing> | WithContext<Thing>[] };

/** Structured data for crawlers; the JSON is escaped so no value can end the script element. */
export function JsonLd({ data }: Props) {
  const items = Array.isArray(data) ? data : [data];
  return (
    <>
      {items.map((item, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
      ))}
    </>
  );
}
