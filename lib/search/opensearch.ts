/** The media type of an OpenSearch description (for the route and the pages' rel="search" link). */
export const OPENSEARCH_TYPE = "application/opensearchdescription+xml";
