import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * An XML parser for tests. fast-xml-parser's own entity handling decodes
 * `&amp;lt;` twice (to `<`), which would hide exactly the escaping bugs the
 * tests look for, so entities are decoded here in one pass instead.
 */
const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : named[e],
  );
}

export function xmlParser(arrays: string[] = []) {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.includes(name),
    tagValueProcessor: (_name, value) => decodeXmlEntities(value),
    attributeValueProcessor: (_name, value) => decodeXmlEntities(value),
  });
}

/** Parses well-formed XML or throws with the validator's message. */
export function parseXml(xml: string, arrays: string[] = []): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return xmlParser(arrays).parse(xml);
}
