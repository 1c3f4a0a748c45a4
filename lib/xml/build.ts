/**
 * The one way this codebase writes XML elements. xmlbuilder2 escapes "<" and
 * ">" but deliberately leaves an "&" alone when it already looks like an
 * entity ("&amp;", "&lt;"), so text such as "&lt;b&gt;" or an HTML body
 * would come out decoded one level: data loss, and markup injection inside
 * content:encoded. Our values are always plain text, so every "&" is escaped
 * here first; the serializer then keeps those as they are.
 */
import { create, fragment } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

export type { XMLBuilder };

const ampersands = (s: string) => s.replace(/&/g, "&amp;");

/** Appends element `name` (attributes and text escaped exactly once) and returns it. */
export function el(parent: XMLBuilder, name: string, attrs?: Record<string, string> | null, text?: string): XMLBuilder {
  const node = attrs ? parent.ele(name, Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, ampersands(v)]))) : parent.ele(name);
  if (text !== undefined) node.txt(ampersands(text));
  return node;
}

/** Appends a text node. */
export function text(parent: XMLBuilder, value: string): XMLBuilder {
  return parent.txt(ampersands(value));
}

/** A new UTF-8 XML document. */
export function xmlDocument(): XMLBuilder {
  return create({ version: "1.0", encoding: "UTF-8" });
}

/** A markup fragment (for HTML inside a feed). */
export function markupFragment(): XMLBuilder {
  return fragment();
}
