import { readerScriptSource } from "@/lib/reader-script-source.mjs";

/**
 * The public pages' only script (lib/reader-script.js), inlined at the end of
 * the body: it costs no request. Inlined verbatim, so scripts/serve.mjs can
 * allow exactly this text by its hash in the reader pages' policy.
 */
const source = readerScriptSource();

export function ReaderScript() {
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}
